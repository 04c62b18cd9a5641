package pl.zmp.tracker.query.recruitment;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.events.recruitment.ApplicationAccepted;
import pl.zmp.tracker.events.recruitment.ApplicationRejected;
import pl.zmp.tracker.events.recruitment.ApplicationSubmitted;
import pl.zmp.tracker.events.recruitment.RecruitmentClosed;
import pl.zmp.tracker.events.recruitment.RecruitmentDeadlineExtended;
import pl.zmp.tracker.events.recruitment.RecruitmentOpened;
import pl.zmp.tracker.query.InMemoryRepository;
import pl.zmp.tracker.query.recruitment.RecruitmentView.Application;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.RecruitmentId;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class RecruitmentProjectionTest {

    private static final RecruitmentId RECRUITMENT = new RecruitmentId("9d4a7c21-5e3b-4f10-8a2c-7b6e5d4c3b01");
    private static final ProjectId PROJECT = new ProjectId("3c2f5e10-7b1a-4d6e-9f20-5a1b2c3d4e01");
    private static final MunicipalityId KALISZ = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a11");
    private static final MunicipalityId BYTOM = new MunicipalityId("6f1c2b1e-8a53-4d0b-9a55-1c1f3f1e0a12");
    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2020-01-31T15:00:00+01:00");

    private final RecruitmentViewRepository views =
            InMemoryRepository.of(RecruitmentViewRepository.class, RecruitmentView.class);
    private final RecruitmentProjection projection =
            new RecruitmentProjection(views, InMemoryRepository.operationsOver(views));

    @BeforeEach
    void openRecruitment() {
        projection.on(new RecruitmentOpened(RECRUITMENT, PROJECT, 1, "Nabór miast do CWD", DEADLINE, 20), 0);
    }

    private RecruitmentView recruitment() {
        return views.findById(RECRUITMENT.value()).orElseThrow();
    }

    @Test
    void openingSetsTheCallWithNoApplications() {
        RecruitmentView view = recruitment();

        assertThat(view.getId()).isEqualTo(RECRUITMENT.value());
        assertThat(view.getProjectId()).isEqualTo(PROJECT.value());
        assertThat(view.getRound()).isEqualTo(1);
        assertThat(view.getTitle()).isEqualTo("Nabór miast do CWD");
        assertThat(view.getDeadline()).isEqualTo(DEADLINE);
        assertThat(view.getPlaces()).isEqualTo(20);
        assertThat(view.isClosed()).isFalse();
        assertThat(view.getClosedAt()).isNull();
        assertThat(view.getApplications()).isEmpty();
        assertThat(view.getVersion()).isZero();
    }

    @Test
    void openingWithoutDeadlineOrPlacesLeavesThemEmpty() {
        RecruitmentId open = new RecruitmentId("9d4a7c21-5e3b-4f10-8a2c-7b6e5d4c3b02");

        projection.on(new RecruitmentOpened(open, PROJECT, 2, "Nabór ciągły", null, null), 0);

        RecruitmentView view = views.findById(open.value()).orElseThrow();
        assertThat(view.getDeadline()).isNull();
        assertThat(view.getPlaces()).isNull();
    }

    @Test
    void submittedApplicationAwaitsADecision() {
        Instant submittedAt = Instant.parse("2020-01-20T10:15:00Z");

        projection.on(new ApplicationSubmitted(RECRUITMENT, KALISZ, submittedAt), 1);

        assertThat(recruitment().getApplications()).containsExactly(
                new Application(KALISZ.value(), submittedAt, "SUBMITTED", null));
        assertThat(recruitment().getVersion()).isEqualTo(1);
    }

    @Test
    void acceptedApplicationHasNoReasonAndOthersStayUndecided() {
        projection.on(new ApplicationSubmitted(RECRUITMENT, KALISZ, Instant.parse("2020-01-20T10:15:00Z")), 1);
        projection.on(new ApplicationSubmitted(RECRUITMENT, BYTOM, Instant.parse("2020-01-21T08:00:00Z")), 2);

        projection.on(new ApplicationAccepted(RECRUITMENT, KALISZ), 3);

        assertThat(recruitment().getApplications()).containsExactly(
                new Application(KALISZ.value(), Instant.parse("2020-01-20T10:15:00Z"), "ACCEPTED", null),
                new Application(BYTOM.value(), Instant.parse("2020-01-21T08:00:00Z"), "SUBMITTED", null));
    }

    @Test
    void rejectedApplicationKeepsTheReason() {
        projection.on(new ApplicationSubmitted(RECRUITMENT, BYTOM, Instant.parse("2020-01-21T08:00:00Z")), 1);

        projection.on(new ApplicationRejected(RECRUITMENT, BYTOM, "wniosek niekompletny"), 2);

        assertThat(recruitment().getApplications()).containsExactly(new Application(BYTOM.value(),
                Instant.parse("2020-01-21T08:00:00Z"), "REJECTED", "wniosek niekompletny"));
    }

    @Test
    void extendedDeadlineReplacesTheDeadline() {
        OffsetDateTime later = OffsetDateTime.parse("2020-02-14T23:59:00+01:00");

        projection.on(new RecruitmentDeadlineExtended(RECRUITMENT, DEADLINE, later), 1);

        assertThat(recruitment().getDeadline()).isEqualTo(later);
    }

    @Test
    void closingMarksTheRecruitmentClosedAtItsTime() {
        Instant closedAt = Instant.parse("2020-02-15T09:00:00Z");

        projection.on(new RecruitmentClosed(RECRUITMENT, closedAt), 1);

        assertThat(recruitment().isClosed()).isTrue();
        assertThat(recruitment().getClosedAt()).isEqualTo(closedAt);
        assertThat(recruitment().getVersion()).isEqualTo(1);
    }

    @Test
    void replayingTheSameEventChangesNothing() {
        ApplicationSubmitted submitted = new ApplicationSubmitted(RECRUITMENT, KALISZ,
                Instant.parse("2020-01-20T10:15:00Z"));
        projection.on(submitted, 1);
        RecruitmentView once = recruitment();

        projection.on(submitted, 1);

        assertThat(recruitment()).usingRecursiveComparison().isEqualTo(once);
        assertThat(recruitment().getApplications()).hasSize(1);
        verify(views, times(2)).save(any());
    }

    @Test
    void olderSequenceNumberIsIgnored() {
        projection.on(new ApplicationSubmitted(RECRUITMENT, KALISZ, Instant.parse("2020-01-20T10:15:00Z")), 1);
        projection.on(new ApplicationAccepted(RECRUITMENT, KALISZ), 2);
        RecruitmentView current = recruitment();

        projection.on(new ApplicationRejected(RECRUITMENT, KALISZ, "pomyłka"), 2);
        projection.on(new RecruitmentClosed(RECRUITMENT, Instant.parse("2020-02-15T09:00:00Z")), 1);

        assertThat(recruitment()).usingRecursiveComparison().isEqualTo(current);
    }

    @Test
    void openingRedeliveredAfterLaterEventsDoesNotUndoThem() {
        projection.on(new RecruitmentClosed(RECRUITMENT, Instant.parse("2020-02-15T09:00:00Z")), 1);

        projection.on(new RecruitmentOpened(RECRUITMENT, PROJECT, 1, "Nabór miast do CWD", DEADLINE, 20), 0);

        assertThat(recruitment().isClosed()).isTrue();
        assertThat(recruitment().getVersion()).isEqualTo(1);
    }

    @Test
    void eventOfAnUnprojectedRecruitmentIsRefused() {
        RecruitmentId unknown = new RecruitmentId("9d4a7c21-5e3b-4f10-8a2c-7b6e5d4c3bff");

        assertThatIllegalStateException()
                .isThrownBy(() -> projection.on(new ApplicationAccepted(unknown, KALISZ), 1))
                .withMessageContaining(unknown.value());
    }

    @Test
    void resetEmptiesTheReadModel() {
        projection.reset();

        verify(views).deleteAll();
        assertThat(views.count()).isZero();
    }


    @Test
    void axonFindsAHandlerForEveryRecruitmentEventAndTheResetHandler() {
        AnnotationEventHandlerAdapter axon = new AnnotationEventHandlerAdapter(projection);

        assertThat(List.of(RecruitmentOpened.class, ApplicationSubmitted.class, ApplicationAccepted.class,
                ApplicationRejected.class, RecruitmentDeadlineExtended.class, RecruitmentClosed.class))
                .allMatch(axon::canHandleType);
        axon.prepareReset();
        assertThat(views.count()).isZero();
    }
}
