package pl.zmp.tracker.query.recruitment;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.query.projection.VersionedViews;
import pl.zmp.tracker.query.projection.ViewStore;
import pl.zmp.tracker.events.recruitment.ApplicationAccepted;
import pl.zmp.tracker.events.recruitment.ApplicationRejected;
import pl.zmp.tracker.events.recruitment.ApplicationSubmitted;
import pl.zmp.tracker.events.recruitment.RecruitmentClosed;
import pl.zmp.tracker.events.recruitment.RecruitmentDeadlineExtended;
import pl.zmp.tracker.events.recruitment.RecruitmentOpened;
import pl.zmp.tracker.query.recruitment.RecruitmentView.Application;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.RecruitmentId;

import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps {@link RecruitmentView} in step with the events of each recruitment. An event whose
 * sequence number is not above the view's {@code version} has been applied already and changes nothing.
 */
@Component
@ProcessingGroup(RecruitmentProjection.PROCESSING_GROUP)
public class RecruitmentProjection {

    public static final String PROCESSING_GROUP = "recruitments";
    static final String SUBMITTED = "SUBMITTED";
    static final String ACCEPTED = "ACCEPTED";
    static final String REJECTED = "REJECTED";

    private final RecruitmentViewRepository views;
    private final VersionedViews<RecruitmentView> versioned;

    public RecruitmentProjection(RecruitmentViewRepository views, MongoOperations mongo) {
        this.views = views;
        this.versioned = VersionedViews.changedInPlace(
                new ViewStore<>(mongo, RecruitmentView.class, PROCESSING_GROUP), "recruitment", RecruitmentView::new);
    }

    @EventHandler
    void on(RecruitmentOpened event, @SequenceNumber long sequence) {
        versioned.create(event.recruitmentId().value(), sequence, view -> {
            view.setProjectId(event.projectId().value());
            view.setRound(event.round());
            view.setTitle(event.title());
            view.setDeadline(event.deadline());
            view.setPlaces(event.places());
        });
    }

    @EventHandler
    void on(ApplicationSubmitted event, @SequenceNumber long sequence) {
        Application application = new Application(event.municipalityId().value(), event.submittedAt(), SUBMITTED,
                null);
        update(event.recruitmentId(), sequence, view -> {
            List<Application> applications = view.getApplications();
            applications.removeIf(existing -> existing.municipalityId().equals(application.municipalityId()));
            applications.add(application);
        });
    }

    @EventHandler
    void on(ApplicationAccepted event, @SequenceNumber long sequence) {
        update(event.recruitmentId(), sequence, view -> decide(view, event.municipalityId(), ACCEPTED, null));
    }

    @EventHandler
    void on(ApplicationRejected event, @SequenceNumber long sequence) {
        update(event.recruitmentId(), sequence, view -> decide(view, event.municipalityId(), REJECTED, event.reason()));
    }

    @EventHandler
    void on(RecruitmentDeadlineExtended event, @SequenceNumber long sequence) {
        update(event.recruitmentId(), sequence, view -> view.setDeadline(event.deadline()));
    }

    @EventHandler
    void on(RecruitmentClosed event, @SequenceNumber long sequence) {
        update(event.recruitmentId(), sequence, view -> {
            view.setClosed(true);
            view.setClosedAt(event.closedAt());
        });
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }

    private static void decide(RecruitmentView view, MunicipalityId municipalityId, String status, String reason) {
        view.getApplications().replaceAll(application -> application.municipalityId().equals(municipalityId.value())
                ? new Application(application.municipalityId(), application.submittedAt(), status, reason)
                : application);
    }

    /** Applies a change to the recruitment's view unless the event was applied already. */
    private void update(RecruitmentId recruitmentId, long sequence, Consumer<RecruitmentView> change) {
        versioned.update(recruitmentId.value(), sequence, change);
    }
}
