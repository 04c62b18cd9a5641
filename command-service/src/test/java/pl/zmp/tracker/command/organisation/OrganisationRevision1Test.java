package pl.zmp.tracker.command.organisation;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.command.CommandServiceIntegrationTest;
import pl.zmp.tracker.events.organisation.OrganisationRegistered;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.OrganisationKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An OrganisationRegistered stored as revision 1 (field shortName), as written before revision 2. */
@CommandServiceIntegrationTest
class OrganisationRevision1Test {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private Configuration axon;
    @Autowired
    private MockMvc mvc;

    private final OrganisationId id = OrganisationId.newId();

    @BeforeEach
    void storedRevision1() {
        jdbc.update("insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                        + " time_stamp, payload_type, payload_revision, payload, meta_data)"
                        + " values (?, ?, 0, 'Organisation', '2018-05-01T09:00:00.000Z', ?, '1', ?, '{}')",
                UUID.randomUUID().toString(), id.value(), OrganisationRegistered.class.getName(),
                "{\"organisationId\":\"" + id.value() + "\",\"name\":\"Związek Powiatów Polskich\","
                        + "\"shortName\":\"ZPP\",\"kind\":\"ASSOCIATION\",\"country\":\"PL\",\"krs\":null,"
                        + "\"regon\":null}");
    }

    @Test
    void theEventStoreReadsItAsTheCurrentRevisionWithTheShortNameAsAcronymAndItsRecordingTimeAsBusinessTime() {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id.value()).asStream().toList();

        assertThat(events).singleElement().extracting(DomainEventMessage::getPayload)
                .isEqualTo(new OrganisationRegistered(id, "Związek Powiatów Polskich", "ZPP",
                        OrganisationKind.ASSOCIATION, CountryCode.POLAND, null, null,
                        Instant.parse("2018-05-01T09:00:00Z")));
    }

    @Test
    void theAggregateLoadsFromIt() throws Exception {
        Aggregate<Organisation> loaded = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> axon.repository(Organisation.class).load(id.value()))
                .getPayload();

        assertThat(loaded.identifierAsString()).isEqualTo(id.value());
        assertThat(loaded.version()).isZero();
    }

    @Test
    void timeTravelShowsTheAcronym() throws Exception {
        mvc.perform(get("/api/audit/aggregates/organisation/{id}/state", id.value()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lastEventTime").value("2018-05-01T09:00:00Z"))
                .andExpect(jsonPath("$.state.name").value("Związek Powiatów Polskich"))
                .andExpect(jsonPath("$.state.acronym").value("ZPP"));
    }
}
