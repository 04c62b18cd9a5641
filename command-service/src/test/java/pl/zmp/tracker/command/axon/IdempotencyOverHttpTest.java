package pl.zmp.tracker.command.axon;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import pl.zmp.tracker.command.CommandServiceIntegrationTest;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Idempotency keys as a client meets them: bound to the user and to the command's method, path and
 * canonical body; a retry answers the stored receipt, another body under the same key is refused,
 * and a key past its retention may be used again.
 */
@CommandServiceIntegrationTest
class IdempotencyOverHttpTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void retryOfARegistrationWithoutIdAnswersTheFirstReceiptAndStoresOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        long events = events();

        String first = created(register(key, "alice", "{\"name\":\"Ostrava\",\"country\":\"CZ\"}"));
        String retry = created(register(key, "alice", "{ \"country\" : \"CZ\", \"name\" : \"Ostrava\" }"));

        assertThat(retry).isEqualTo(first);
        assertThat(events()).isEqualTo(events + 1);
    }

    @Test
    void anotherBodyUnderTheSameKeyIsRefusedAndStoresNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        created(register(key, "alice", "{\"name\":\"Brno\",\"country\":\"CZ\"}"));
        long events = events();

        register(key, "alice", "{\"name\":\"Plzeň\",\"country\":\"CZ\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));

        assertThat(events()).isEqualTo(events);
    }

    @Test
    void theSameKeyOfAnotherUserIsAnotherKey() throws Exception {
        String key = UUID.randomUUID().toString();
        long events = events();

        String alices = created(register(key, "alice", "{\"name\":\"Liberec\",\"country\":\"CZ\"}"));
        String bobs = created(register(key, "bob", "{\"name\":\"Liberec\",\"country\":\"CZ\"}"));

        assertThat(bobs).isNotEqualTo(alices);
        assertThat(events()).isEqualTo(events + 2);
    }

    @Test
    void aKeyPastItsRetentionMayBeUsedAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = created(register(key, "alice", "{\"name\":\"Olomouc\",\"country\":\"CZ\"}"));
        jdbc.update("update idempotency_key set recorded_at = ? where idempotency_key = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(25))), key);

        String again = created(register(key, "alice", "{\"name\":\"Zlín\",\"country\":\"CZ\"}"));

        assertThat(again).isNotEqualTo(first);
        assertThat(jdbc.queryForObject("select aggregate_id from idempotency_key where idempotency_key = ?",
                String.class, key)).isEqualTo(again);
    }

    private ResultActions register(String key, String user, String body) throws Exception {
        return mvc.perform(post("/api/municipalities").with(user(user).roles("COORDINATOR"))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String created(ResultActions answer) throws Exception {
        MvcResult result = answer.andExpect(status().isCreated()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.aggregateId");
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
