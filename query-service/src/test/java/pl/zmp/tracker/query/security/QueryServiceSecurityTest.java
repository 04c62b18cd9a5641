package pl.zmp.tracker.query.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who reads the query side, and the headers its dashboard page is served with. */
class QueryServiceSecurityTest extends QueryServiceIntegrationTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({"viewer, 200", "admin, 200", "coordinator, 200", "auditor, 200", "operator, 403"})
    void viewersCoordinatorsAndAuditorsReadTheQueryApiWithBasicSignIn(String user, int status) throws Exception {
        mvc.perform(get("/api/municipalities").with(anonymous()).with(httpBasic(user, user)))
                .andExpect(status().is(status));
    }

    @Test
    void theDashboardAndItsStreamAskForCredentials() throws Exception {
        for (String path : new String[]{"/", "/api/dashboard/stream", "/api/dashboard/statistics"}) {
            mvc.perform(get(path).with(anonymous()))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ZMP project tracker\""))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void theDashboardPageIsServedWithAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/").with(anonymous()).with(httpBasic("viewer", "viewer")))
                .andExpect(header().string("Content-Security-Policy",
                        "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
    }

    @Test
    void nothingButReadingIsAllowedEvenForAnAdmin() throws Exception {
        mvc.perform(post("/api/municipalities").with(anonymous()).with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void healthAndInfoAnswerWithoutCredentials() throws Exception {
        mvc.perform(get("/actuator/health").with(anonymous())).andExpect(status().isOk());
        mvc.perform(get("/actuator/info").with(anonymous())).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs").with(anonymous())).andExpect(status().isOk());
    }
}
