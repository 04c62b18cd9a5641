package pl.zmp.tracker.query.project;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;
import pl.zmp.tracker.query.exhibition.ExhibitionView;
import pl.zmp.tracker.query.municipality.MunicipalityView;
import pl.zmp.tracker.query.organisation.OrganisationView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProjectQueryApiTest extends QueryServiceIntegrationTest {

    static final String PPP = "00000000-0000-0000-0000-0000000000a1";
    static final String SPACE = "00000000-0000-0000-0000-0000000000a2";
    static final String UKRAINE = "00000000-0000-0000-0000-0000000000a3";
    static final String WARSZAWA = "00000000-0000-0000-0000-0000000000b1";
    static final String PLOCK = "00000000-0000-0000-0000-0000000000b2";
    static final String ZMP = "00000000-0000-0000-0000-0000000000c1";
    static final String STOCZNIA = "00000000-0000-0000-0000-0000000000c2";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MongoTemplate mongo;

    @BeforeEach
    void readModels() throws InterruptedException {
        awaitProjectionsCaughtUp();
        List.of(ProjectView.class, MunicipalityView.class, OrganisationView.class, ExhibitionView.class)
                .forEach(mongo::dropCollection);
        mongo.save(municipality(WARSZAWA, "Warszawa"));
        mongo.save(municipality(PLOCK, "Płock"));
        mongo.save(new OrganisationView(ZMP, "Związek Miast Polskich", "ZMP", "ASSOCIATION", "PL", null, null, 0));
        mongo.save(new OrganisationView(STOCZNIA, "Fundacja Stocznia", null, "FOUNDATION", "PL", null, null, 0));

        ProjectView ppp = project(PPP, "Rozwój partnerstwa publiczno-prywatnego w Polsce", "IMPLEMENTATION", 2017, 2019);
        ppp.getParticipants().add(new ProjectView.Participant(WARSZAWA, "PARTICIPATING_PLACE", null, true));
        ppp.getParticipants().add(new ProjectView.Participant(WARSZAWA, "TRAINING_HOST", null, true));
        ppp.getIndicators().add(new ProjectView.Indicator("people-trained", "Przeszkoleni", "osoby",
                new BigDecimal("1200"), "ABOVE", List.of(new ProjectView.Actual(new BigDecimal("1200"), "ABOVE",
                LocalDate.of(2019, 12, 31), "deck"))));
        ProjectView space = project(SPACE, "Przestrzeń dla partycypacji", "PIPELINE", 2018, 2018);
        space.getPartners().add(new ProjectView.Partner(STOCZNIA, "LEAD", null, true));
        space.getParticipants().add(new ProjectView.Participant(PLOCK, "PARTICIPATING_PLACE", null, false));
        ProjectView ukraine = project(UKRAINE, "Współpraca polsko-ukraińska", "IMPLEMENTATION", 2018, 2018);
        ukraine.getParticipants().add(new ProjectView.Participant(PLOCK, "PARTNER_CITY", null, true));
        ukraine.getFinancing().add(new ProjectView.FinancingFigure("TOTAL_VALUE",
                new ProjectView.Amount(new BigDecimal("295000.00"), "PLN"), "EXACT", null));
        ukraine.getFinancing().add(new ProjectView.FinancingFigure("GRANT",
                new ProjectView.Amount(new BigDecimal("261000.00"), "PLN"), "EXACT", null));
        ukraine.setDeclaredRate(new ProjectView.DeclaredRate(new BigDecimal("88.6"), "poziom dofinansowania"));
        List.of(ppp, space, ukraine).forEach(mongo::save);

        ExhibitionView exhibition = new ExhibitionView("00000000-0000-0000-0000-0000000000d1");
        exhibition.setProjectId(UKRAINE);
        exhibition.setTitle("Wystawa");
        exhibition.getShowings().add(new ExhibitionView.Showing("plock", "Ratusz", "Płock", "PL",
                LocalDate.of(2018, 5, 1), LocalDate.of(2018, 5, 30), List.of(), false, null));
        mongo.save(exhibition);
    }

    @Test
    void listsTheCatalogueByTitleWithPaging() throws Exception {
        mvc.perform(get("/api/projects").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].title").value("Przestrzeń dla partycypacji"))
                .andExpect(jsonPath("$.items[1].title").value("Rozwój partnerstwa publiczno-prywatnego w Polsce"));
        mvc.perform(get("/api/projects").param("size", "2").param("page", "1"))
                .andExpect(jsonPath("$.items[0].title").value("Współpraca polsko-ukraińska"));
    }

    @Test
    void searchesTitlesAndProgrammeLinesIgnoringCaseAndDiacritics() throws Exception {
        mvc.perform(get("/api/projects").param("q", "PRZESTRZEN"))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(SPACE));
        mvc.perform(get("/api/projects").param("q", "pols").param("status", "IMPLEMENTATION"))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(get("/api/projects").param("q", "nic takiego"))
                .andExpect(jsonPath("$.totalItems").value(0))
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void sortsTitlesInPolishCollationNotByCodePoint() throws Exception {
        ProjectView lodz = project("00000000-0000-0000-0000-0000000000a4", "Łódzkie centrum", "PIPELINE", 2018, 2018);
        ProjectView zamosc = project("00000000-0000-0000-0000-0000000000a5", "Zamość", "PIPELINE", 2018, 2018);
        ProjectView lublin = project("00000000-0000-0000-0000-0000000000a6", "Lubelskie", "PIPELINE", 2018, 2018);
        List.of(lodz, zamosc, lublin).forEach(mongo::save);

        mvc.perform(get("/api/projects").param("status", "PIPELINE"))
                .andExpect(jsonPath("$.items[*].title").value(org.hamcrest.Matchers.contains(
                        "Lubelskie", "Łódzkie centrum", "Przestrzeń dla partycypacji", "Zamość")));
    }

    @Test
    void refusesAParameterTheCatalogueDoesNotTake() throws Exception {
        mvc.perform(get("/api/projects").param("programme", "PPP"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("programme"));
    }

    @Test
    void sortsDescending() throws Exception {
        mvc.perform(get("/api/projects").param("sort", "title").param("direction", "desc"))
                .andExpect(jsonPath("$.items[0].id").value(UKRAINE));
    }

    @Test
    void filtersByStatusYearMunicipalityAndPartner() throws Exception {
        mvc.perform(get("/api/projects").param("status", "IMPLEMENTATION"))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(get("/api/projects").param("year", "2017"))
                .andExpect(jsonPath("$.items[0].id").value(PPP)).andExpect(jsonPath("$.totalItems").value(1));
        mvc.perform(get("/api/projects").param("municipalityId", PLOCK))
                .andExpect(jsonPath("$.totalItems").value(1)).andExpect(jsonPath("$.items[0].id").value(UKRAINE));
        mvc.perform(get("/api/projects").param("partnerId", STOCZNIA))
                .andExpect(jsonPath("$.items[0].id").value(SPACE));
        mvc.perform(get("/api/projects").param("status", "IMPLEMENTATION").param("municipalityId", WARSZAWA))
                .andExpect(jsonPath("$.totalItems").value(1));
    }

    @Test
    void treatsFilterValuesLiterallyNeverAsOperators() throws Exception {
        mvc.perform(get("/api/projects").param("programmeLine", "{\"$ne\": null}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void answersEveryDetailWithNamesAndBothRates() throws Exception {
        mvc.perform(get("/api/projects/{id}", UKRAINE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportingOrganisation.name").value("Związek Miast Polskich"))
                .andExpect(jsonPath("$.participants[0].name").value("Płock"))
                .andExpect(jsonPath("$.financingByCurrency.PLN.length()").value(2))
                .andExpect(jsonPath("$.coFinancingRate.declaredPercent").value(88.6))
                .andExpect(jsonPath("$.coFinancingRate.computedPercent").value(88.47))
                .andExpect(jsonPath("$.coFinancingRate.mismatch").value(true))
                .andExpect(jsonPath("$.exhibitions[0].showings[0].city").value("Płock"));
        mvc.perform(get("/api/projects/{id}", PPP))
                .andExpect(jsonPath("$.indicators[0].latest.value").value(1200))
                .andExpect(jsonPath("$.indicators[0].percentOfTarget").value(100.0));
    }

    @Test
    void answersUnknownProjectWith404Problem() throws Exception {
        mvc.perform(get("/api/projects/{id}", "00000000-0000-0000-0000-00000000ffff"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void rejectsInvalidQueriesNamingTheParameter() throws Exception {
        expectBadRequest("size", "0");
        expectBadRequest("size", "101");
        expectBadRequest("page", "-1");
        expectBadRequest("sort", "budget");
        expectBadRequest("direction", "sideways");
        expectBadRequest("year", "1800");
        expectBadRequest("status", "FINISHED");
        expectBadRequest("municipalityId", "not-a-uuid");
        expectBadRequest("partnerId", "{\"$gt\":\"\"}");
        mvc.perform(get("/api/projects/{id}", "not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("projectId"));
    }

    private void expectBadRequest(String parameter, String value) throws Exception {
        mvc.perform(get("/api/projects").param(parameter, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(parameter));
    }

    static ProjectView project(String id, String title, String status, int fromYear, int toYear) {
        ProjectView project = new ProjectView(id);
        project.setTitle(title);
        project.setStatus(status);
        project.setReportingOrganisationId(ZMP);
        project.setPlannedFrom(LocalDate.of(fromYear, 1, 1));
        project.setPlannedTo(LocalDate.of(toYear, 12, 31));
        project.setYears(java.util.stream.IntStream.rangeClosed(fromYear, toYear).boxed().toList());
        project.setVersion(0);
        return project;
    }

    static MunicipalityView municipality(String id, String name) {
        return new MunicipalityView(id, name, "CITY", "PL", null, name, null, null, null, 0);
    }
}
