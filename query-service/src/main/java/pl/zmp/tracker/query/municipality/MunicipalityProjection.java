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
import pl.zmp.tracker.query.projection.VersionedViews;
import pl.zmp.tracker.query.projection.ViewStore;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.TercCode;

import java.util.function.UnaryOperator;

/**
 * Keeps {@link MunicipalityView} in step with the events of each municipality, through
 * {@link VersionedViews} like every projection: an event whose sequence number is not above the
 * view's {@code version} has been applied already and changes nothing.
 */
@Component
@ProcessingGroup(MunicipalityProjection.PROCESSING_GROUP)
public class MunicipalityProjection {

    public static final String PROCESSING_GROUP = "municipalities";

    private final MunicipalityViewRepository views;
    private final VersionedViews<MunicipalityView> versioned;

    public MunicipalityProjection(MunicipalityViewRepository views, MongoOperations mongo) {
        this.views = views;
        this.versioned = VersionedViews.replacedWhole(
                new ViewStore<>(mongo, MunicipalityView.class, PROCESSING_GROUP), "municipality", MunicipalityView::version);
    }

    @EventHandler
    void on(MunicipalityRegistered event, @SequenceNumber long sequence) {
        String id = event.municipalityId().value();
        versioned.create(id, sequence, () -> new MunicipalityView(id, event.name(), event.kind().name(),
                event.country().value(), terc(event.tercCode()), event.officialName(), event.localCode(), null, null,
                sequence));
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

    /** Applies a later event to the municipality's view unless the event was applied already. */
    private void update(MunicipalityId municipalityId, long sequence, UnaryOperator<MunicipalityView> change) {
        versioned.replace(municipalityId.value(), sequence, change);
    }

    private static String terc(TercCode code) {
        return code == null ? null : code.value();
    }

    private static String country(CountryCode code) {
        return code == null ? null : code.value();
    }
}
