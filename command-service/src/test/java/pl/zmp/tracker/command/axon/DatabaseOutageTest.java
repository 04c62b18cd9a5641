package pl.zmp.tracker.command.axon;

import pl.zmp.tracker.platform.testing.TcpProxy;
import pl.zmp.tracker.platform.testing.TestPostgres;
import com.jayway.jsonpath.JsonPath;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import pl.zmp.tracker.command.municipality.RegisterMunicipality;
import pl.zmp.tracker.command.SignedIn;

import com.zaxxer.hikari.HikariDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.SQLException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The command-service losing its PostgreSQL (through a proxy that drops every connection and
 * refuses new ones, in a schema of its own): commands are refused with 503 and Retry-After, nothing
 * is half written, and once the database is reachable again commands succeed without a restart.
 */
@SignedIn
@SpringBootTest(properties = {"spring.config.name=command-service",
        "spring.datasource.hikari.connection-timeout=1000",
        "spring.datasource.hikari.validation-timeout=500"})
@AutoConfigureMockMvc
@Import(CommitBreaker.class)
class DatabaseOutageTest {

    private static final String SCHEMA = "outage_" + UUID.randomUUID().toString().replace("-", "");
    private static final String CUT_DURING_COMMIT = "cut during commit";
    private static final TcpProxy proxy = startProxy();

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandBus commandBus;
    @Autowired
    DataSource dataSource;

    /** Straight to PostgreSQL, past the proxy: what is really stored. */
    private final JdbcTemplate store = new JdbcTemplate(new DriverManagerDataSource(
            TestPostgres.url() + "?currentSchema=" + SCHEMA, TestPostgres.user(), TestPostgres.password()));

    @DynamicPropertySource
    static void postgresBehindProxy(DynamicPropertyRegistry properties) {
        URI direct = URI.create(TestPostgres.url().substring("jdbc:".length()));
        properties.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + proxy.port()
                + direct.getPath() + "?currentSchema=" + SCHEMA);
        properties.add("spring.datasource.username", TestPostgres::user);
        properties.add("spring.datasource.password", TestPostgres::password);
        properties.add("spring.flyway.schemas", () -> SCHEMA);
    }

    private static TcpProxy startProxy() {
        URI direct = URI.create(TestPostgres.url().substring("jdbc:".length()));
        try {
            return TcpProxy.start(direct.getHost(), direct.getPort() < 0 ? 5432 : direct.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void reconnect() throws SQLException {
        proxy.restore();
        // the next test starts with fresh connections, not the ones the cut broke
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }

    @AfterAll
    static void dropSchema() throws IOException {
        proxy.close();
        TestPostgres.dropSchema(SCHEMA);
    }

    @Test
    void commandsAreRefusedWith503WhileTheDatabaseIsUnreachableAndSucceedOnceItIsBack() throws Exception {
        String place = created(register("{\"name\":\"Opole\",\"tercCode\":\"1661011\"}"));
        long events = countEvents();

        proxy.cut();

        assertUnavailable(register("{\"name\":\"Gdańsk\",\"tercCode\":\"2261011\"}"));
        assertUnavailable(post("/api/municipalities/" + place + "/name", "{\"name\":\"Oppeln\"}"));
        assertThat(countEvents()).isEqualTo(events);

        proxy.restore();

        // the client retries as told; the first answer that is not 503 is the command's real outcome
        MvcResult renamed = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(
                () -> post("/api/municipalities/" + place + "/name", "{\"name\":\"Oppeln\"}").andReturn(),
                result -> result.getResponse().getStatus() != 503);
        assertThat(renamed.getResponse().getStatus()).isEqualTo(200);
        assertThat(countEvents()).isEqualTo(events + 1);
        created(register("{\"name\":\"Gdańsk\",\"tercCode\":\"2261011\"}"));
    }

    @Test
    void commandWhoseConnectionDropsBeforeCommitLeavesNeitherEventNorCodeClaim() throws Exception {
        long events = countEvents();
        Registration cutter = commandBus.registerHandlerInterceptor(
                (MessageHandlerInterceptor<CommandMessage<?>>) (unitOfWork, chain) -> {
                    Object result = chain.proceed();
                    if (unitOfWork.getMessage().getPayload() instanceof RegisterMunicipality r
                            && CUT_DURING_COMMIT.equals(r.name())) {
                        proxy.cut(); // the claim and the event are written, not yet committed
                    }
                    return result;
                });
        try {
            assertUnavailable(register("{\"name\":\"" + CUT_DURING_COMMIT + "\",\"tercCode\":\"0264011\","
                    + "\"nameIsLocalSpelling\":true}"));
        } finally {
            cutter.cancel();
            proxy.restore();
        }

        assertThat(countEvents()).isEqualTo(events);
        assertThat(store.queryForObject("select count(*) from unique_claim where claim = 'PL:0264011'", Long.class))
                .isZero();
        MvcResult again = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(
                () -> register("{\"name\":\"Wrocław\",\"tercCode\":\"0264011\"}").andReturn(),
                result -> result.getResponse().getStatus() != 503);
        assertThat(again.getResponse().getStatus()).isEqualTo(201);
        assertThat(countEvents()).isEqualTo(events + 1);
    }

    @Test
    void commandWhoseCommitBrokeWhileTheStoreStaysAwayAnswersOutcomeUnknownAndARetryWithItsKeyFindsIt()
            throws Exception {
        awaitCommandsStored();
        long events = countEvents();
        String body = "{\"name\":\"unknown outcome\",\"tercCode\":\"3262011\",\"nameIsLocalSpelling\":true}";
        Registration breaker = breakAfterCommit("unknown outcome", true);
        try {
            mvc.perform(MockMvcRequestBuilders.post("/api/municipalities").header("Idempotency-Key", "k-unknown")
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(jsonPath("$.code").value("OUTCOME_UNKNOWN"));
        } finally {
            breaker.cancel();
            proxy.restore();
        }
        assertThat(countEvents()).as("the commit went through").isEqualTo(events + 1);

        MvcResult retry = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(
                () -> mvc.perform(MockMvcRequestBuilders.post("/api/municipalities").header("Idempotency-Key", "k-unknown")
                        .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn(),
                answer -> answer.getResponse().getStatus() != 503);
        assertThat(retry.getResponse().getStatus()).isEqualTo(201);
        assertThat(countEvents()).as("the retry stored nothing more").isEqualTo(events + 1);
    }

    /** Once an earlier test's cut is over, the pool may still hand out a broken connection or two: wait them out. */
    private void awaitCommandsStored() {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(
                () -> register("{\"name\":\"Probe\",\"country\":\"DE\"}").andReturn().getResponse().getStatus() == 201);
    }

    /**
     * Makes the commands that register {@code name} fail as if the connection broke right after the
     * database committed their transaction (and, with {@code cut}, keeps the database unreachable).
     */
    private Registration breakAfterCommit(String name, boolean cut) {
        return commandBus.registerHandlerInterceptor(
                (MessageHandlerInterceptor<CommandMessage<?>>) (unitOfWork, chain) -> {
                    Object result = chain.proceed();
                    if (unitOfWork.getMessage().getPayload() instanceof RegisterMunicipality r && name.equals(r.name())) {
                        // armed once everything is written: the next commit on this thread is the command's own
                        unitOfWork.onPrepareCommit(u -> CommitBreaker.armFor(Thread.currentThread(),
                                cut ? proxy::cut : () -> { }));
                    }
                    return result;
                });
    }

    private void assertUnavailable(ResultActions answer) throws Exception {
        answer.andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.code").value("STORE_UNAVAILABLE"));
    }

    private ResultActions register(String body) throws Exception {
        return post("/api/municipalities", body);
    }

    private ResultActions post(String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String created(ResultActions answer) throws Exception {
        MvcResult result = answer.andExpect(status().isCreated()).andReturn();
        return JsonPath.read(result.getResponse().getContentAsString(), "$.aggregateId");
    }

    private long countEvents() {
        return store.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
