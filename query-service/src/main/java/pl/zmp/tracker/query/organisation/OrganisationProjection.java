package pl.zmp.tracker.query.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.events.organisation.OrganisationRegistered;
import pl.zmp.tracker.query.projection.VersionedViews;
import pl.zmp.tracker.query.projection.ViewStore;

/**
 * Keeps {@link OrganisationView} in step with the events, through {@link VersionedViews} like every
 * projection: an event applied already changes nothing.
 */
@Component
@ProcessingGroup(OrganisationProjection.PROCESSING_GROUP)
public class OrganisationProjection {

    public static final String PROCESSING_GROUP = "organisations";

    private final OrganisationViewRepository views;
    private final VersionedViews<OrganisationView> versioned;

    public OrganisationProjection(OrganisationViewRepository views, MongoOperations mongo) {
        this.views = views;
        this.versioned = VersionedViews.replacedWhole(
                new ViewStore<>(mongo, OrganisationView.class, PROCESSING_GROUP), "organisation", OrganisationView::version);
    }

    @EventHandler
    void on(OrganisationRegistered event, @SequenceNumber long sequence) {
        String id = event.organisationId().value();
        versioned.create(id, sequence, () -> new OrganisationView(id, event.name(), event.acronym(),
                event.kind().name(), event.country() == null ? null : event.country().value(), event.krs(),
                event.regon(), sequence));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}
