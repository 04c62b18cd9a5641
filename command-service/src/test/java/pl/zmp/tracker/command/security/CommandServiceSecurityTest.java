package pl.zmp.tracker.command.security;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;

import static org.hamcrest.Matchers.containsString;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, the public operator endpoints, the actor of an event, and what hostile input gets. */
@SecuredCommandService
class CommandServiceSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper objectMapper;

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @CsvSource({"coordinator, 400", "admin, 400", "viewer, 403", "auditor, 403", "operator, 403"})
    void demoUsersSignInWithTheirNameAsPasswordAndOnlyCoordinatorsSendCommands(String user, int status)
            throws Exception {
        mvc.perform(post("/api/municipalities").with(anonymous()).with(httpBasic(user, user))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is(status));
    }

    @Test
    void operatorLoadsTheSeedButAViewerMayNot() throws Exception {
        mvc.perform(post("/api/admin/seed").with(anonymous()).with(httpBasic("viewer", "viewer")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void wrongPasswordIsA401ProblemWithABasicChallenge() throws Exception {
        mvc.perform(post("/api/municipalities").with(anonymous()).with(httpBasic("coordinator", "wrong"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ZMP project tracker\""))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unauthorized"));
    }

    @Test
    void healthInfoPrometheusAndApiDocsAnswerWithoutCredentials() throws Exception {
        for (String path : new String[]{"/actuator/health", "/actuator/info", "/v3/api-docs", "/v3/api-docs.yaml"}) {
            mvc.perform(get(path).with(anonymous())).andExpect(status().isOk());
        }
        // tests run without a metrics exporter, so the scrape endpoint is absent here: what matters is that it is open
        int prometheus = mvc.perform(get("/actuator/prometheus").with(anonymous())).andReturn().getResponse().getStatus();
        assertThat(prometheus).isNotIn(401, 403);
        mvc.perform(get("/swagger-ui.html").with(anonymous())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theApiDocumentTellsSwaggerUiToAskForBasicSignIn() throws Exception {
        mvc.perform(get("/v3/api-docs").with(anonymous()))
                .andExpect(jsonPath("$.components.securitySchemes.signIn.scheme").value("basic"))
                .andExpect(jsonPath("$.security[0].signIn").isArray());
    }

    @Test
    void actuatorEndpointsNotExposedStayClosedEvenToAnAdmin() throws Exception {
        mvc.perform(get("/actuator/env").with(anonymous())).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/env").with(anonymous()).with(httpBasic("admin", "admin")))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/actuator/health").with(anonymous()))
                .andExpect(header().string("Content-Security-Policy",
                        "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
    }

    @Test
    void theActorIsTheSignedInUserWhateverTheClientClaims() throws Exception {
        MvcResult created = mvc.perform(asCoordinator(post("/api/municipalities"))
                        .header("actor", "mallory").header("X-Actor", "mallory")
                        .content("{\"name\":\"Lwów\",\"country\":\"UA\"}"))
                .andExpect(status().isCreated()).andReturn();
        String id = json.readTree(created.getResponse().getContentAsString()).get("aggregateId").asText();

        assertThat(metadata(id).get("actor").asText()).isEqualTo("coordinator");
    }

    @Test
    void anActorInTheBodyIsRefusedAndWritesNothing() throws Exception {
        long events = events();
        mvc.perform(asCoordinator(post("/api/municipalities"))
                        .content("{\"name\":\"Lwów\",\"country\":\"UA\",\"actor\":\"mallory\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("actor"));
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void stringsAreStoredInNfcWithoutSurroundingSpace() throws Exception {
        String decomposed = "  Mu\u0308nchen \t";
        MvcResult created = mvc.perform(asCoordinator(post("/api/municipalities"))
                        .content("{\"name\":\"" + decomposed.replace("\t", "\\t") + "\",\"country\":\"DE\"}"))
                .andExpect(status().isCreated()).andReturn();
        String id = json.readTree(created.getResponse().getContentAsString()).get("aggregateId").asText();

        String payload = jdbc.queryForObject("select payload from domain_event_entry where aggregate_identifier = ?",
                String.class, id);
        assertThat(json.readTree(payload).get("name").asText()).isEqualTo("M\u00fcnchen");
    }

    @Test
    void controlCharactersAndHalfSurrogatesAreRefusedNamingTheField() throws Exception {
        for (String name : new String[]{"a\\u0000b", "bell\\u0007", "\\ud800x"}) {
            mvc.perform(asCoordinator(post("/api/municipalities"))
                            .content("{\"name\":\"" + name + "\",\"country\":\"DE\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("name"));
        }
    }

    @Test
    void aBodyOver64KilobytesIsA413Problem() throws Exception {
        byte[] body = ("{\"name\":\"" + "A".repeat(64 * 1024) + "\",\"country\":\"DE\"}").getBytes(StandardCharsets.UTF_8);
        mvc.perform(asCoordinator(post("/api/municipalities")).content(body))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413));
    }

    @Test
    void theJsonParserRefusesNestingDeeperThan32AndStringsLongerThan100000Characters() {
        assertThatThrownBy(() -> objectMapper.readTree("[".repeat(33) + "]".repeat(33)))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("nesting depth");
        assertThatThrownBy(() -> objectMapper.readTree("\"" + "x".repeat(100_001) + "\""))
                .isInstanceOf(StreamConstraintsException.class).hasMessageContaining("String value length");
        assertThatCode(() -> objectMapper.readTree("[".repeat(32) + "]".repeat(32))).doesNotThrowAnyException();
    }

    @Test
    void aRepeatedKeyIsRefusedAsMalformed() throws Exception {
        mvc.perform(asCoordinator(post("/api/municipalities")).content("{\"name\":\"A\",\"name\":\"B\",\"country\":\"DE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("Duplicate field")));
    }

    @Test
    void anAllowedOriginMayCallAndAnyOtherIsRefused() throws Exception {
        mvc.perform(options("/api/municipalities").with(anonymous())
                        .header(HttpHeaders.ORIGIN, SecuredCommandService.ALLOWED_ORIGIN)
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, SecuredCommandService.ALLOWED_ORIGIN));
        mvc.perform(options("/api/municipalities").with(anonymous())
                        .header(HttpHeaders.ORIGIN, "https://evil.example")
                        .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST"))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
        long events = events();
        mvc.perform(asCoordinator(post("/api/municipalities")).header(HttpHeaders.ORIGIN, "https://evil.example")
                        .content("{\"name\":\"Lwów\",\"country\":\"UA\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events()).isEqualTo(events);
    }

    private static MockHttpServletRequestBuilder asCoordinator(MockHttpServletRequestBuilder request) {
        return request.with(anonymous()).with(httpBasic("coordinator", "coordinator"))
                .contentType(MediaType.APPLICATION_JSON);
    }

    private JsonNode metadata(String aggregateId) throws Exception {
        return json.readTree(jdbc.queryForObject(
                "select meta_data from domain_event_entry where aggregate_identifier = ?", String.class, aggregateId));
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
