package pl.zmp.tracker.command.axon;

import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.zmp.tracker.command.CommandServiceIntegrationTest;
import pl.zmp.tracker.command.exhibition.RecordShowing;
import pl.zmp.tracker.command.exhibition.RegisterExhibition;
import pl.zmp.tracker.command.municipality.RegisterMunicipality;
import pl.zmp.tracker.command.municipality.RenameMunicipality;
import pl.zmp.tracker.command.organisation.RegisterOrganisation;
import pl.zmp.tracker.command.project.DefineIndicator;
import pl.zmp.tracker.command.project.EnrolMunicipality;
import pl.zmp.tracker.command.project.RecordIndicatorActual;
import pl.zmp.tracker.command.project.RegisterProject;
import pl.zmp.tracker.command.recruitment.AcceptApplication;
import pl.zmp.tracker.command.recruitment.ApplyToRecruitment;
import pl.zmp.tracker.command.recruitment.OpenRecruitment;
import pl.zmp.tracker.platform.eventlog.AggregateType;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.ExhibitionId;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.RecruitmentId;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@CommandServiceIntegrationTest
class AggregateSnapshotsTest {

    private static final int ACTUALS = 3_000;

    @Autowired
    CommandDispatcher dispatcher;
    @Autowired
    Snapshotter snapshotter;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    AggregateClasses aggregates;

    @Test
    void projectWithThousandsOfEventsIsLoadedFromItsSnapshotWithItsFullState() {
        ProjectId project = registerProject();
        dispatcher.dispatch(indicator(project));
        CommandReceipt last = null;
        for (int i = 0; i < ACTUALS; i++) {
            last = dispatcher.dispatch(new RecordIndicatorActual(project, "people-trained", BigDecimal.valueOf(i),
                    Approximation.EXACT, LocalDate.of(2020, 1, 1).plusDays(i), "report " + i));
        }
        assertThat(last.version()).isEqualTo(ACTUALS + 1);

        // one snapshot is kept (older ones are replaced), taken within the last threshold of events
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<Long> taken = snapshotSequences(project.value());
            assertThat(taken).hasSize(1);
            assertThat(taken.get(0)).isBetween((long) ACTUALS + 1 - 100, (long) ACTUALS + 1);
        });
        List<Long> snapshots = snapshotSequences(project.value());
        String payload = jdbc.queryForObject(
                "select payload from snapshot_event_entry where aggregate_identifier = ?", String.class, project.value());
        assertThat(payload).contains("\"indicators\":[\"people-trained\"]");
        // loading starts from the snapshot, not from the first event
        DomainEventStream loaded = eventStore.readEvents(project.value());
        assertThat(loaded.peek().getPayloadType()).isEqualTo(aggregates.of(AggregateType.PROJECT));
        assertThat(loaded.peek().getSequenceNumber()).isEqualTo(snapshots.get(0));

        // the state read back from the snapshot still knows the indicator, and versions continue
        assertThatThrownBy(() -> dispatcher.dispatch(indicator(project)))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        e -> assertThat(e.code()).isEqualTo("INDICATOR_ALREADY_DEFINED"));
        CommandReceipt next = dispatcher.dispatch(new RecordIndicatorActual(project, "people-trained",
                BigDecimal.TEN, Approximation.ABOUT, LocalDate.of(2030, 1, 1), "next"));
        assertThat(next.version()).isEqualTo(ACTUALS + 2);
    }

    @Test
    void snapshotOfAnotherShapeOfTheAggregateIsIgnoredAndTheAggregateRebuiltFromItsEvents() {
        MunicipalityId place = registerForeignPlace();
        dispatcher.dispatch(new RenameMunicipality(place, "Frankfurt am Main"));
        snapshotter.scheduleSnapshot(aggregates.of(AggregateType.MUNICIPALITY), place.value());
        // snapshots are taken on the snapshotter's own thread
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> assertThat(snapshotSequences(place.value())).containsExactly(1L));
        // as if an older build, whose Municipality had other fields, had written it
        jdbc.update("update snapshot_event_entry set payload = '{\"gone\":1}', payload_revision = 'older'"
                + " where aggregate_identifier = ?", place.value());

        CommandReceipt renamed = dispatcher.dispatch(new RenameMunicipality(place, "Frankfurt (Oder)"));

        assertThat(renamed.version()).isEqualTo(2);
        // the same name again changes nothing: the name came from the events
        assertThat(dispatcher.dispatch(new RenameMunicipality(place, "Frankfurt (Oder)")).version()).isEqualTo(2);
    }

    @Test
    void everyAggregateWithHistoryIsRestoredFromItsSnapshot() {
        OrganisationId organisation = registerOrganisation();
        ProjectId project = registerProject(organisation);
        MunicipalityId place = registerForeignPlace();
        dispatcher.dispatch(new RenameMunicipality(place, "Görlitz"));
        dispatcher.dispatch(new EnrolMunicipality(project, place, ParticipantRole.PARTICIPATING_PLACE, "first"));
        RecruitmentId recruitment = RecruitmentId.newId();
        dispatcher.dispatch(new OpenRecruitment(recruitment, project, 1, "Nabór I",
                OffsetDateTime.parse("2100-01-01T00:00:00+01:00"), 1));
        dispatcher.dispatch(new ApplyToRecruitment(recruitment, place, null));
        ExhibitionId exhibition = ExhibitionId.newId();
        dispatcher.dispatch(new RegisterExhibition(exhibition, project, "Wystawa"));
        dispatcher.dispatch(showing(exhibition, "szczecin"));

        snapshotter.scheduleSnapshot(aggregates.of(AggregateType.PROJECT), project.value());
        snapshotter.scheduleSnapshot(aggregates.of(AggregateType.MUNICIPALITY), place.value());
        snapshotter.scheduleSnapshot(aggregates.of(AggregateType.RECRUITMENT), recruitment.value());
        snapshotter.scheduleSnapshot(aggregates.of(AggregateType.EXHIBITION), exhibition.value());
        for (String id : List.of(project.value(), place.value(), recruitment.value(),
                exhibition.value())) {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(
                    () -> assertThat(snapshotSequences(id)).as("snapshots of %s", id).hasSize(1));
        }

        assertThat(dispatcher.dispatch(new RenameMunicipality(place, "Görlitz")).version()).isEqualTo(1);
        assertThat(dispatcher.dispatch(new RenameMunicipality(place, "Zgorzelec")).version()).isEqualTo(2);
        assertRejected(() -> dispatcher.dispatch(new EnrolMunicipality(project, place,
                ParticipantRole.PARTICIPATING_PLACE, "again")), "ALREADY_ENROLLED");
        assertThat(dispatcher.dispatch(new AcceptApplication(recruitment, place)).version()).isEqualTo(2);
        assertRejected(() -> dispatcher.dispatch(new ApplyToRecruitment(recruitment, place, null)), "ALREADY_APPLIED");
        assertRejected(() -> dispatcher.dispatch(showing(exhibition, "szczecin")), "SHOWING_ALREADY_RECORDED");
        assertThat(dispatcher.dispatch(new EnrolMunicipality(project, place, ParticipantRole.TRAINING_HOST, null))
                .version()).isEqualTo(2);
    }

    private static void assertRejected(Runnable command, String code) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(CommandRejectedException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private List<Long> snapshotSequences(String aggregateId) {
        return jdbc.queryForList("select sequence_number from snapshot_event_entry where aggregate_identifier = ?",
                Long.class, aggregateId);
    }

    private ProjectId registerProject() {
        return registerProject(registerOrganisation());
    }

    private ProjectId registerProject(OrganisationId organisation) {
        ProjectId project = ProjectId.newId();
        dispatcher.dispatch(new RegisterProject(project, "Snapshot project", null, null, organisation,
                new DateRange(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31))));
        return project;
    }

    private OrganisationId registerOrganisation() {
        OrganisationId organisation = OrganisationId.newId();
        dispatcher.dispatch(new RegisterOrganisation(organisation, "Stowarzyszenie Przykładowe", null,
                OrganisationKind.ASSOCIATION, CountryCode.POLAND, null, null));
        return organisation;
    }

    private MunicipalityId registerForeignPlace() {
        MunicipalityId place = MunicipalityId.newId();
        dispatcher.dispatch(new RegisterMunicipality(place, "Frankfurt", null, new CountryCode("DE"), null, null));
        return place;
    }

    private static DefineIndicator indicator(ProjectId project) {
        return new DefineIndicator(project, "people-trained", "People trained", "persons",
                BigDecimal.valueOf(1200), Approximation.ABOVE);
    }

    private static RecordShowing showing(ExhibitionId exhibition, String code) {
        return new RecordShowing(exhibition, code, "Muzeum Narodowe", "Szczecin", CountryCode.POLAND,
                new DateRange(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 4, 6)), List.of());
    }
}
