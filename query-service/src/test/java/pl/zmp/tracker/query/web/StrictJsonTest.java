package pl.zmp.tracker.query.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import pl.zmp.tracker.platform.web.ProblemResponses;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;

import java.util.Map;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A JSON request body is one JSON document and nothing else: anything after it is refused with 400
 * problem+json. The query side has no endpoint that reads a body yet, so an echo endpoint is served
 * with the query-service's own JSON converter and problem responses.
 */
class StrictJsonTest extends QueryServiceIntegrationTest {

    @Autowired
    private MappingJackson2HttpMessageConverter json;
    @Autowired
    private ProblemResponses problems;

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1} {\"b\":2}", "{\"a\":1}xyz", "{\"a\":1} // a comment", "{\"a\":1} [2]"})
    void aBodyWithAnythingAfterTheDocumentIsRefused(String body) throws Exception {
        mvc().perform(post("/echo").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].reason").exists());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1}", "{\"a\":1}\n", "  {\"a\":1}  "})
    void aSingleDocumentIsRead(String body) throws Exception {
        mvc().perform(post("/echo").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.a").value(1));
    }

    private MockMvc mvc() {
        return MockMvcBuilders.standaloneSetup(new Echo()).setMessageConverters(json).setControllerAdvice(problems)
                .build();
    }

    @RestController
    static class Echo {
        @PostMapping("/echo")
        Map<String, Object> echo(@RequestBody Map<String, Object> body) {
            return body;
        }
    }
}
