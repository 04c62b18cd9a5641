package pl.zmp.tracker.events;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.events.organisation.OrganisationRegistered;
import pl.zmp.tracker.events.organisation.OrganisationRegisteredUpcaster;
import pl.zmp.tracker.events.project.ProjectStatusChanged;
import pl.zmp.tracker.events.recruitment.RecruitmentClosed;
import pl.zmp.tracker.values.ProjectId;
import pl.zmp.tracker.values.ProjectStatus;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessTimeUpcasterTest {

    private static final String ID = "6cede877-91d0-3897-a958-867406b78468";
    private static final Instant RECORDED_AT = Instant.parse("2026-11-26T10:00:00Z");

    private final Serializer serializer = EventJson.serializer();
    private final EventUpcasterChain chain =
            new EventUpcasterChain(new OrganisationRegisteredUpcaster(), new BusinessTimeUpcaster());

    @Test
    void anEventStoredBeforeBusinessTimeHappenedWhenItWasRecorded() {
        String stored = "{\"projectId\":\"" + ID + "\",\"from\":\"PIPELINE\",\"to\":\"IMPLEMENTATION\",\"reason\":\"go\"}";

        IntermediateEventRepresentation upcast = upcastOne(ProjectStatusChanged.class.getName(), "1", stored);

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        ProjectStatusChanged event = serializer.deserialize(upcast.getData());
        assertThat(event).isEqualTo(new ProjectStatusChanged(new ProjectId(ID), ProjectStatus.PIPELINE,
                ProjectStatus.IMPLEMENTATION, "go", RECORDED_AT));
    }

    @Test
    void aCurrentEventKeepsTheBusinessTimeItStates() {
        String current = "{\"recruitmentId\":\"" + ID + "\",\"closedAt\":\"2018-11-26T10:00:00Z\","
                + "\"occurredOn\":\"2018-11-26T10:00:00Z\"}";

        IntermediateEventRepresentation passed = upcastOne(RecruitmentClosed.class.getName(), "2", current);

        assertThat(passed.getType().getRevision()).isEqualTo("2");
        assertThat(passed.getData().getData()).isEqualTo(current);
    }

    @Test
    void aRenamedEventIsRenamedFirstThenGivenItsRecordingTime() {
        String revision1 = "{\"organisationId\":\"" + ID + "\",\"name\":\"Związek Miast Polskich\",\"shortName\":\"ZMP\","
                + "\"kind\":\"ASSOCIATION\",\"country\":\"PL\"}";

        IntermediateEventRepresentation upcast = upcastOne(OrganisationRegistered.class.getName(), "1", revision1);

        assertThat(upcast.getType().getRevision()).isEqualTo("3");
        OrganisationRegistered event = serializer.deserialize(upcast.getData());
        assertThat(event.acronym()).isEqualTo("ZMP");
        assertThat(event.occurredOn()).isEqualTo(RECORDED_AT);
    }

    @Test
    void leavesTypesThatAreNotBusinessFactsUntouched() {
        String other = "{\"anything\":1}";

        IntermediateEventRepresentation passed = upcastOne("com.example.SomethingElse", "1", other);

        assertThat(passed.getData().getData()).isEqualTo(other);
        assertThat(passed.getType().getRevision()).isEqualTo("1");
    }

    @Test
    void everyEventIsABusinessFactTheRecordingTimeStandsInForAMissingOne() {
        ProjectStatusChanged withoutOne = new ProjectStatusChanged(new ProjectId(ID), ProjectStatus.PIPELINE,
                ProjectStatus.IMPLEMENTATION, null);

        assertThat(BusinessFact.of(withoutOne, RECORDED_AT)).isEqualTo(RECORDED_AT);
        assertThat(BusinessFact.of(new ProjectStatusChanged(new ProjectId(ID), ProjectStatus.PIPELINE,
                ProjectStatus.IMPLEMENTATION, null, Instant.parse("2018-01-01T00:00:00Z")), RECORDED_AT))
                .isEqualTo(Instant.parse("2018-01-01T00:00:00Z"));
        assertThat(BusinessFact.of("not a fact", RECORDED_AT)).isEqualTo(RECORDED_AT);
    }

    private IntermediateEventRepresentation upcastOne(String payloadType, String revision, String json) {
        GenericDomainEventEntry<String> row = new GenericDomainEventEntry<>("Aggregate", ID, 0,
                "e0000000-0000-0000-0000-000000000001", RECORDED_AT, payloadType, revision, json, "{}");
        List<IntermediateEventRepresentation> upcast =
                chain.upcast(Stream.of(new InitialEventRepresentation(row, serializer))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }
}
