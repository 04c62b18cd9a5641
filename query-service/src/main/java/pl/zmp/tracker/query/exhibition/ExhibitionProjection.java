package pl.zmp.tracker.query.exhibition;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.query.projection.VersionedViews;
import pl.zmp.tracker.query.projection.ViewStore;
import pl.zmp.tracker.events.exhibition.ExhibitionRegistered;
import pl.zmp.tracker.events.exhibition.ShowingCancelled;
import pl.zmp.tracker.events.exhibition.ShowingRecorded;
import pl.zmp.tracker.events.exhibition.ShowingRescheduled;
import pl.zmp.tracker.query.exhibition.ExhibitionView.Showing;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.Venue;

import java.util.ArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Keeps {@link ExhibitionView} in step with the events of each exhibition. An event whose
 * sequence number is not above the view's {@code version} has been applied already and changes nothing.
 */
@Component
@ProcessingGroup(ExhibitionProjection.PROCESSING_GROUP)
public class ExhibitionProjection {

    public static final String PROCESSING_GROUP = "exhibitions";

    private final ExhibitionViewRepository views;
    private final VersionedViews<ExhibitionView> versioned;

    public ExhibitionProjection(ExhibitionViewRepository views, MongoOperations mongo) {
        this.views = views;
        this.versioned = VersionedViews.changedInPlace(
                new ViewStore<>(mongo, ExhibitionView.class, PROCESSING_GROUP), "exhibition", ExhibitionView::new);
    }

    @EventHandler
    void on(ExhibitionRegistered event, @SequenceNumber long sequence) {
        versioned.create(event.exhibitionId().value(), sequence, view -> {
            view.setProjectId(event.projectId().value());
            view.setTitle(event.title());
        });
    }

    @EventHandler
    void on(ShowingRecorded event, @SequenceNumber long sequence) {
        Venue venue = event.venue();
        Showing showing = new Showing(event.showingCode(), venue.name(), venue.city(), venue.country().value(),
                event.period().from(), event.period().to(), new ArrayList<>(event.sideProgramme()), false, null);
        update(event.exhibitionId(), sequence, view -> {
            view.getShowings().removeIf(existing -> existing.code().equals(showing.code()));
            view.getShowings().add(showing);
        });
    }

    @EventHandler
    void on(ShowingRescheduled event, @SequenceNumber long sequence) {
        update(event.exhibitionId(), sequence, view -> changeShowing(view, event.showingCode(), showing ->
                new Showing(showing.code(), showing.venueName(), showing.city(), showing.country(),
                        event.period().from(), event.period().to(), showing.sideProgramme(), showing.cancelled(),
                        showing.cancellationReason())));
    }

    @EventHandler
    void on(ShowingCancelled event, @SequenceNumber long sequence) {
        update(event.exhibitionId(), sequence, view -> changeShowing(view, event.showingCode(), showing ->
                new Showing(showing.code(), showing.venueName(), showing.city(), showing.country(), showing.from(),
                        showing.to(), showing.sideProgramme(), true, event.reason())));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }

    private static void changeShowing(ExhibitionView view, String code, UnaryOperator<Showing> change) {
        view.getShowings().replaceAll(showing -> showing.code().equals(code) ? change.apply(showing) : showing);
    }

    /** Applies a change to the exhibition's view unless the event was applied already. */
    private void update(ExhibitionId exhibitionId, long sequence, Consumer<ExhibitionView> change) {
        versioned.update(exhibitionId.value(), sequence, change);
    }
}
