package pl.zmp.tracker.query.exhibition;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;

import java.time.LocalDate;
import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ExhibitionCalendarApiTest extends QueryServiceIntegrationTest {

    static final String EXPELLED = "00000000-0000-0000-0000-0000000000f1";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void readModels() throws InterruptedException {
        awaitProjectionsCaughtUp();
        mongo.dropCollection(ExhibitionView.class);
        ExhibitionView expelled = new ExhibitionView(EXPELLED);
        expelled.setTitle("Wypędzeni 1939…");
        expelled.setProjectId("00000000-0000-0000-0000-0000000000f2");
        expelled.getShowings().addAll(List.of(
                showing("schwedt", "Ratusz w Schwedt", "Schwedt", "DE", "2018-10-09", "2018-11-23", false),
                showing("prora", "Dokumentationszentrum Prora", "Prora", "DE", "2018-01-01", "2018-04-07", false),
                showing("szczecin", "Muzeum Narodowe w Szczecinie", "Szczecin", "PL", "2018-03-29", "2018-04-06", false),
                showing("chelmno", "Muzeum Kulmhof", "Chełmno nad Nerem", "PL", "2018-04-25", "2018-09-20", false),
                showing("poznan", "Zamek", "Poznań", "PL", "2018-12-01", "2018-12-20", true)));
        mongo.save(expelled);
    }

    @Test
    void listsShowingsByDateWithoutCancelledOnes() throws Exception {
        mvc.perform(get("/api/exhibitions/calendar"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].city").value("Prora"))
                .andExpect(jsonPath("$[1].city").value("Szczecin"))
                .andExpect(jsonPath("$[3].city").value("Schwedt"))
                .andExpect(jsonPath("$[0].exhibitionTitle").value("Wypędzeni 1939…"));
        mvc.perform(get("/api/exhibitions/calendar").param("includeCancelled", "true"))
                .andExpect(jsonPath("$.length()").value(5))
                .andExpect(jsonPath("$[4].cancelled").value(true));
    }

    @Test
    void filtersByOverlappingDateRangeVenueAndCountry() throws Exception {
        mvc.perform(get("/api/exhibitions/calendar").param("from", "2018-04-01").param("to", "2018-04-30"))
                .andExpect(jsonPath("$.length()").value(3));
        mvc.perform(get("/api/exhibitions/calendar").param("country", "DE"))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/exhibitions/calendar").param("venue", "muzeum"))
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void rejectsInvalidFilters() throws Exception {
        mvc.perform(get("/api/exhibitions/calendar").param("country", "Germany"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("country"));
        mvc.perform(get("/api/exhibitions/calendar").param("from", "2018-05-01").param("to", "2018-04-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/exhibitions/calendar").param("from", "1 May"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void answersExhibitionsAnd404ForAnUnknownOne() throws Exception {
        mvc.perform(get("/api/exhibitions")).andExpect(jsonPath("$.items[0].showings.length()").value(5));
        mvc.perform(get("/api/exhibitions").param("q", "wypedzeni"))
                .andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/api/exhibitions").param("q", "CHELMNO"))
                .andExpect(jsonPath("$.items[0].title").value("Wypędzeni 1939…"));
        mvc.perform(get("/api/exhibitions").param("q", "no such venue"))
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/exhibitions").param("page", "-1"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/exhibitions/{id}", EXPELLED)).andExpect(jsonPath("$.title").value("Wypędzeni 1939…"));
        mvc.perform(get("/api/exhibitions/{id}", "00000000-0000-0000-0000-00000000ffff")).andExpect(status().isNotFound());
    }

    private static ExhibitionView.Showing showing(String code, String venue, String city, String country,
                                                  String from, String to, boolean cancelled) {
        return new ExhibitionView.Showing(code, venue, city, country, LocalDate.parse(from), LocalDate.parse(to),
                List.of("pokazy filmowe", "warsztaty dla młodzieży"), cancelled, cancelled ? "odwołana" : null);
    }
}
