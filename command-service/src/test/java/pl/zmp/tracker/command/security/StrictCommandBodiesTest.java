package pl.zmp.tracker.command.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A body is one JSON document and nothing else, and text fields carry no invisible characters that
 * would make one name display as another: all refused with 400 problem+json, nothing stored.
 */
@SecuredCommandService
class StrictCommandBodiesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"name\":\"x\",\"country\":\"CZ\"} {\"actor\":\"admin\"}",
            "{\"name\":\"x\",\"country\":\"CZ\"}xyz",
            "{\"name\":\"x\",\"country\":\"CZ\"}]",
            "/* a comment */ {\"name\":\"x\",\"country\":\"CZ\"}",
            "{\"name\":\"x\", // a comment\n \"country\":\"CZ\"}",
            "{'name':'x','country':'CZ'}"})
    void refusesAnythingButOneJsonDocument(String body) throws Exception {
        long events = events();

        mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].reason", startsWith("malformed JSON: ")))
                .andExpect(jsonPath("$.detail", not(containsString("pl.zmp"))));

        assertThat(events()).isEqualTo(events);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u202E", "\\u202D", "\\u2066", "\\u200B", "\\u200C", "\\u200D", "\\u2060",
            "\\uFEFF", "\\u00AD", "\\u061C", "\\u200E"})
    void refusesInvisibleFormatCharactersInTextFieldsNamingTheField(String invisible) throws Exception {
        long events = events();

        mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Nysa" + invisible + "ppa\",\"country\":\"CZ\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].reason", containsString("invalid text: contains the invisible format character U+")));

        assertThat(events()).isEqualTo(events);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bielsko-Biała", "Kędzierzyn-Koźle", "Ústí nad Labem", "Frankfurt (Oder)"})
    void keepsOrdinaryNamesWithDiacriticsAndPunctuation(String name) throws Exception {
        mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\",\"country\":\"CZ\"}"))
                .andExpect(status().isCreated());
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
