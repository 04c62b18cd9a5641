package pl.zmp.tracker.events.organisation;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.events.EventJson;
import pl.zmp.tracker.events.municipality.MunicipalityRenamed;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationRegisteredUpcasterTest {

    private static final String ID = "6cede877-91d0-3897-a958-867406b78468";
    private static final String REVISION_1_JSON = "{\"organisationId\":\"" + ID + "\",\"name\":\"Związek Miast Polskich\","
            + "\"shortName\":\"ZMP\",\"kind\":\"ASSOCIATION\",\"country\":\"PL\",\"krs\":\"0000111385\","
            + "\"regon\":\"000699630\"}";

    private final Serializer serializer = EventJson.serializer();
    private final OrganisationRegisteredUpcaster upcaster = new OrganisationRegisteredUpcaster();

    @Test
    void readsTheShortNameOfRevision1AsTheAcronymOfRevision2() {
        IntermediateEventRepresentation upcast = upcastOne(OrganisationRegistered.class.getName(), "1", REVISION_1_JSON);

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        OrganisationRegistered event = serializer.deserialize(upcast.getData());
        assertThat(event).isEqualTo(new OrganisationRegistered(
                new OrganisationId(ID), "Związek Miast Polskich", "ZMP", OrganisationKind.ASSOCIATION,
                CountryCode.POLAND, "0000111385", "000699630"));
    }

    @Test
    void keepsAnAbsentShortNameAbsent() {
        IntermediateEventRepresentation upcast = upcastOne(OrganisationRegistered.class.getName(), "1",
                "{\"organisationId\":\"" + ID + "\",\"name\":\"Fundacja\",\"kind\":\"FOUNDATION\",\"country\":\"PL\"}");

        OrganisationRegistered event = serializer.deserialize(upcast.getData());
        assertThat(event.acronym()).isNull();
        assertThat(event.name()).isEqualTo("Fundacja");
    }

    @Test
    void leavesRevision2Untouched() {
        String revision2 = REVISION_1_JSON.replace("shortName", "acronym");

        IntermediateEventRepresentation passed = upcastOne(OrganisationRegistered.class.getName(), "2", revision2);

        assertThat(passed.getType().getRevision()).isEqualTo("2");
        assertThat(passed.getData().getData()).isEqualTo(revision2);
    }

    @Test
    void leavesOtherEventsUntouched() {
        String renamed = "{\"municipalityId\":\"" + ID + "\",\"shortName\":\"kept\"}";

        IntermediateEventRepresentation passed = upcastOne(MunicipalityRenamed.class.getName(), "1", renamed);

        assertThat(passed.getType().getName()).isEqualTo(MunicipalityRenamed.class.getName());
        assertThat(passed.getData().getData()).isEqualTo(renamed);
    }

    @Test
    void theEventDeclaresRevision3WhichAddedBusinessTime() {
        assertThat(serializer.typeForClass(OrganisationRegistered.class).getRevision()).isEqualTo("3");
    }

    private IntermediateEventRepresentation upcastOne(String payloadType, String revision, String json) {
        GenericDomainEventEntry<String> row = new GenericDomainEventEntry<>("Organisation", ID, 0,
                "e0000000-0000-0000-0000-000000000001", Instant.parse("2018-09-01T10:00:00Z"), payloadType, revision,
                json, "{}");
        List<IntermediateEventRepresentation> upcast =
                upcaster.upcast(Stream.of(new InitialEventRepresentation(row, serializer))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }
}
