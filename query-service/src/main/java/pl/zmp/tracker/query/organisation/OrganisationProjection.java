package pl.zmp.tracker.query.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.events.organisation.OrganisationRegistered;

/** Keeps {@link OrganisationView} in step with the events; an event applied already changes nothing. */
@Component
@ProcessingGroup(OrganisationProjection.PROCESSING_GROUP)
public class OrganisationProjection {

    public static final String PROCESSING_GROUP = "organisations";

    private final OrganisationViewRepository views;

    public OrganisationProjection(OrganisationViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(OrganisationRegistered event, @SequenceNumber long sequence) {
        String id = event.organisationId().value();
        if (views.findById(id).filter(view -> sequence <= view.version()).isPresent()) {
            return;
        }
        views.save(new OrganisationView(id, event.name(), event.acronym(), event.kind().name(),
                event.country() == null ? null : event.country().value(), event.krs(), event.regon(), sequence));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}
