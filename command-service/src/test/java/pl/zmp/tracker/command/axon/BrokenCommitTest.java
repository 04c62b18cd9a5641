package pl.zmp.tracker.command.axon;

import com.jayway.jsonpath.JsonPath;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import pl.zmp.tracker.command.SignedIn;
import pl.zmp.tracker.command.municipality.RegisterMunicipality;
import pl.zmp.tracker.platform.testing.TestPostgres;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A command whose commit reached PostgreSQL, but whose connection then broke before the answer came
 * back: the service asks the store whether the command's last event is there and, as it is, answers
 * the receipt read in the transaction, not "nothing was stored".
 */
@SignedIn
@SpringBootTest(properties = "spring.config.name=command-service")
@AutoConfigureMockMvc
@Import(CommitBreaker.class)
class BrokenCommitTest {

    private static final String SCHEMA = "broken_commit_" + UUID.randomUUID().toString().replace("-", "");

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandBus commandBus;

    private final JdbcTemplate store = new JdbcTemplate(new DriverManagerDataSource(
            TestPostgres.url() + "?currentSchema=" + SCHEMA, TestPostgres.user(), TestPostgres.password()));

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        TestPostgres.useSchema(properties, SCHEMA);
    }

    @AfterAll
    static void dropSchema() {
        TestPostgres.dropSchema(SCHEMA);
    }

    @Test
    void commandWhoseCommitIsReportedBrokenButWasStoredAnswersItsReceipt() throws Exception {
        long events = countEvents();
        Registration breaker = breakAfterCommit("stored despite a broken commit");
        MvcResult result;
        try {
            result = mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"name\":\"stored despite a broken commit\",\"tercCode\":\"1465011\","
                                    + "\"nameIsLocalSpelling\":true}"))
                    .andExpect(status().isCreated()).andReturn();
        } finally {
            breaker.cancel();
        }

        assertThat(countEvents()).isEqualTo(events + 1);
        long position = ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.globalPosition")).longValue();
        assertThat(store.queryForObject("select max(global_index) from domain_event_entry", Long.class))
                .isEqualTo(position);
    }

    private Registration breakAfterCommit(String name) {
        return commandBus.registerHandlerInterceptor(
                (MessageHandlerInterceptor<CommandMessage<?>>) (unitOfWork, chain) -> {
                    Object result = chain.proceed();
                    if (unitOfWork.getMessage().getPayload() instanceof RegisterMunicipality r && name.equals(r.name())) {
                        unitOfWork.onPrepareCommit(u -> CommitBreaker.armFor(Thread.currentThread(), () -> { }));
                    }
                    return result;
                });
    }

    private long countEvents() {
        return store.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
