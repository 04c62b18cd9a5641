package pl.zmp.tracker.query.municipality;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;

/** Keeps {@link MunicipalityView} in step with the events; replaying an event changes nothing. */
@Component
@ProcessingGroup(MunicipalityProjection.PROCESSING_GROUP)
public class MunicipalityProjection {

    public static final String PROCESSING_GROUP = "municipalities";

    private final MunicipalityViewRepository views;

    public MunicipalityProjection(MunicipalityViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(MunicipalityRegistered event, @SequenceNumber long version) {
        // the whole document from one event: writing it again yields the same document
        views.save(new MunicipalityView(event.municipalityId().value(), event.name(), event.kind().name(),
                event.country().value(), event.tercCode() == null ? null : event.tercCode().value(),
                event.officialName(), event.localCode(), null, null, version));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}
