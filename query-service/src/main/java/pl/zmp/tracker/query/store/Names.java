package pl.zmp.tracker.query.store;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.query.municipality.MunicipalityView;
import pl.zmp.tracker.query.organisation.OrganisationView;
import pl.zmp.tracker.query.project.ProjectView;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Names of the things read models refer to by id, looked up when answering (so a rename shows everywhere). */
@Component
public class Names {

    private final MongoTemplate mongo;

    Names(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Map<String, String> municipalities(Collection<String> ids) {
        return mongo.find(byIds(ids), MunicipalityView.class).stream()
                .collect(Collectors.toMap(MunicipalityView::id, MunicipalityView::name));
    }

    public Map<String, String> organisations(Collection<String> ids) {
        return mongo.find(byIds(ids), OrganisationView.class).stream()
                .collect(Collectors.toMap(OrganisationView::id, OrganisationView::name));
    }

    public Map<String, String> projects(Collection<String> ids) {
        Query query = byIds(ids);
        query.fields().include("title");
        return mongo.find(query, ProjectView.class).stream()
                .collect(Collectors.toMap(ProjectView::getId, ProjectView::getTitle));
    }

    private static Query byIds(Collection<String> ids) {
        return Query.query(Criteria.where("_id").in(ids));
    }
}
