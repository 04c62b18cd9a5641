package pl.zmp.tracker.query.organisation;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.events.organisation.OrganisationRegistered;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;

import java.util.UUID;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static pl.zmp.tracker.query.WaitingRequests.perform;

/** An OrganisationRegistered stored as revision 1 (field shortName) reaches the read model through the upcaster. */
class OrganisationRevision1ProjectionTest extends QueryServiceIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private MockMvc mvc;

    private final String id = UUID.randomUUID().toString();

    /** The event store is shared with other tests, and a read-model rebuild counts every organisation in it. */
    @AfterEach
    void removeTheRawRow() {
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ?", id);
    }

    @Test
    void projectsTheShortNameOfARevision1EventAsTheOrganisationsShortName() throws Exception {
        jdbc.update("insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                        + " time_stamp, payload_type, payload_revision, payload, meta_data)"
                        + " values (?, ?, 0, 'Organisation', '2018-05-01T09:00:00.000Z', ?, '1', ?, '{}')",
                UUID.randomUUID().toString(), id, OrganisationRegistered.class.getName(),
                "{\"organisationId\":\"" + id + "\",\"name\":\"Związek Powiatów Polskich\",\"shortName\":\"ZPP\","
                        + "\"kind\":\"ASSOCIATION\",\"country\":\"PL\",\"krs\":null,\"regon\":\"000331501\"}");
        long position = jdbc.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ?",
                Long.class, id);

        perform(mvc, get("/api/organisations/{id}", id).header("X-Min-Position", position))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Związek Powiatów Polskich"))
                .andExpect(jsonPath("$.shortName").value("ZPP"))
                .andExpect(jsonPath("$.regon").value("000331501"));
    }
}
