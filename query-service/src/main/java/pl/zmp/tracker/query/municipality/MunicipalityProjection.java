package pl.zmp.tracker.query.municipality;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.events.municipality.MunicipalityCodesCorrected;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.events.municipality.MunicipalityRenamed;
import pl.zmp.tracker.events.municipality.ZmpMembershipRecorded;
import pl.zmp.tracker.query.infra.ViewStore;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.TercCode;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Keeps {@link MunicipalityView} in step with the events. An event whose sequence number is not
 * above the view's {@code version} has been applied already and changes nothing. The views are read
 * and written through a {@link ViewStore}: once per batch within a unit of work.
 */
@Component
@ProcessingGroup(MunicipalityProjection.PROCESSING_GROUP)
public class MunicipalityProjection {

    public static final String PROCESSING_GROUP = "municipalities";

    private final MunicipalityViewRepository views;
    private final ViewStore<MunicipalityView> store;

    public MunicipalityProjection(MunicipalityViewRepository views, MongoOperations mongo) {
        this.views = views;
        this.store = new ViewStore<>(mongo, MunicipalityView.class, PROCESSING_GROUP);
    }

    @EventHandler
    void on(MunicipalityRegistered event, @SequenceNumber long sequence) {
        String id = event.municipalityId().value();
        if (isApplied(store.find(id), sequence)) {
            return;
        }
        store.save(id, new MunicipalityView(id, event.name(), event.kind().name(), event.country().value(),
                terc(event.tercCode()), event.officialName(), event.localCode(), null, null, sequence));
    }

    @EventHandler
    void on(MunicipalityRenamed event, @SequenceNumber long sequence) {
        update(event.municipalityId(), sequence, view -> new MunicipalityView(view.id(), event.name(), view.kind(),
                view.country(), view.tercCode(), view.officialName(), view.localCode(), view.memberSince(),
                view.memberUntil(), sequence));
    }

    @EventHandler
    void on(ZmpMembershipRecorded event, @SequenceNumber long sequence) {
        update(event.municipalityId(), sequence, view -> new MunicipalityView(view.id(), view.name(), view.kind(),
                view.country(), view.tercCode(), view.officialName(), view.localCode(), event.since(),
                event.until(), sequence));
    }

    @EventHandler
    void on(MunicipalityCodesCorrected event, @SequenceNumber long sequence) {
        update(event.municipalityId(), sequence, view -> new MunicipalityView(view.id(), view.name(),
                event.kind().name(), country(event.country()), terc(event.tercCode()), event.officialName(),
                event.localCode(), view.memberSince(), view.memberUntil(), sequence));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }

    private void update(MunicipalityId municipalityId, long sequence, UnaryOperator<MunicipalityView> change) {
        Optional<MunicipalityView> stored = store.find(municipalityId.value());
        if (isApplied(stored, sequence)) {
            return;
        }
        MunicipalityView view = stored.orElseThrow(() -> new IllegalStateException(
                "municipality " + municipalityId + " has no view: its registration was not projected"));
        store.save(view.id(), change.apply(view));
    }

    private static boolean isApplied(Optional<MunicipalityView> stored, long sequence) {
        return stored.filter(view -> sequence <= view.version()).isPresent();
    }

    private static String terc(TercCode code) {
        return code == null ? null : code.value();
    }

    private static String country(CountryCode code) {
        return code == null ? null : code.value();
    }
}
