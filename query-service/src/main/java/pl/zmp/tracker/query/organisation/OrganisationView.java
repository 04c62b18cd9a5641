package pl.zmp.tracker.query.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A partner organisation as dashboards name it; {@code shortName} is the event's acronym, under its API name. */
@Document("#{T(pl.zmp.tracker.query.infra.ReadModelCollections).name('organisations')}")
public record OrganisationView(
        @Id String id,
        String name,
        String shortName,
        String kind,
        String country,
        String krs,
        String regon,
        long version) {
}
