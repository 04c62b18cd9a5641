package pl.zmp.tracker.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.EventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import pl.zmp.tracker.events.project.FinancingAmountRecorded;
import pl.zmp.tracker.events.project.IndicatorActualRecorded;
import pl.zmp.tracker.events.project.IndicatorDefined;
import pl.zmp.tracker.events.project.MunicipalityEnrolled;
import pl.zmp.tracker.events.project.MunicipalityWithdrawn;
import pl.zmp.tracker.events.project.PartnerAdded;
import pl.zmp.tracker.events.project.ProjectRegistered;
import pl.zmp.tracker.values.Approximation;
import pl.zmp.tracker.values.DateRange;
import pl.zmp.tracker.values.FinancingItem;
import pl.zmp.tracker.values.Money;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.OrganisationId;
import pl.zmp.tracker.values.ParticipantRole;
import pl.zmp.tracker.values.PartnerRole;
import pl.zmp.tracker.values.ProjectId;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A dashboard figure's lineage: exactly the events that set what the figure counts or adds up. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LineageApiTest extends AuditLogTestSupport {

    private static final ProjectId PPP = ProjectId.newId();
    private static final ProjectId EURO = ProjectId.newId();
    private static final OrganisationId ZMP = OrganisationId.newId();
    private static final MunicipalityId KALISZ = MunicipalityId.newId();
    private static final MunicipalityId BYTOM = MunicipalityId.newId();

    @Autowired
    private ObjectMapper json;

    /** When the first statements had been recorded, before the later ones. */
    private Instant firstRecorded;

    /**
     * Facts of 2041 and 2042 (business time), recorded now: years no other test asks about, so the history other
     * tests replay is not changed by them.
     */
    @BeforeAll
    void history() throws Exception {
        String id = PPP.value();
        append(fact(id, 0, new ProjectRegistered(PPP, "PPP", null, null, ZMP,
                        new DateRange(LocalDate.of(2041, 1, 1), LocalDate.of(2042, 12, 31)), on("2041-01-10")), "system:seed"),
                fact(id, 1, new IndicatorDefined(PPP, "people-trained", "trained", "people", new BigDecimal("1200"),
                        Approximation.ABOVE, on("2041-01-11")), "system:seed"),
                fact(id, 2, new IndicatorActualRecorded(PPP, "people-trained", new BigDecimal("300"), Approximation.EXACT,
                        LocalDate.of(2041, 6, 30), "report", on("2041-07-01")), "system:seed"),
                fact(id, 3, new FinancingAmountRecorded(PPP, FinancingItem.TOTAL_VALUE,
                        new Money(new BigDecimal("1000"), "PLN"), Approximation.EXACT, null, on("2041-02-01")), "system:seed"),
                fact(id, 4, new FinancingAmountRecorded(PPP, FinancingItem.GRANT,
                        new Money(new BigDecimal("900"), "PLN"), Approximation.EXACT, null, on("2041-02-01")), "system:seed"));
        // recording times are kept to the millisecond: the later statements are recorded in a later one
        firstRecorded = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        await().until(() -> Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(firstRecorded));
        append(fact(id, 5, new FinancingAmountRecorded(PPP, FinancingItem.TOTAL_VALUE,
                        new Money(new BigDecimal("1200"), "PLN"), Approximation.EXACT, "aneks", on("2042-02-01")), "coordinator"),
                fact(id, 6, new MunicipalityEnrolled(PPP, KALISZ, ParticipantRole.PARTICIPATING_PLACE, null,
                        on("2042-02-02")), "coordinator"),
                fact(id, 7, new MunicipalityEnrolled(PPP, BYTOM, ParticipantRole.PARTICIPATING_PLACE, null,
                        on("2042-02-03")), "coordinator"),
                fact(id, 8, new MunicipalityWithdrawn(PPP, BYTOM, ParticipantRole.PARTICIPATING_PLACE, "gone",
                        on("2042-02-04")), "coordinator"),
                fact(id, 9, new PartnerAdded(PPP, ZMP, PartnerRole.LEAD, null, on("2042-02-05")), "coordinator"),
                fact(id, 10, new IndicatorActualRecorded(PPP, "people-trained", new BigDecimal("1250"), Approximation.ABOVE,
                        LocalDate.of(2042, 6, 30), "deck", on("2042-07-01")), "coordinator"),
                fact(EURO.value(), 0, new ProjectRegistered(EURO, "URBACT", null, null, ZMP, null, on("2042-03-01")),
                        "system:seed"),
                fact(EURO.value(), 1, new FinancingAmountRecorded(EURO, FinancingItem.TOTAL_VALUE,
                        new Money(new BigDecimal("500"), "EUR"), Approximation.ABOUT, null, on("2042-03-02")), "system:seed"));
        awaitProjectionsCaughtUp();
    }

    @Test
    void peopleTrainedComesFromTheLatestCountOnly() throws Exception {
        mvc.perform(lineage("people-trained").param("projectId", PPP.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figure").value("people-trained"))
                .andExpect(jsonPath("$.projectId").value(PPP.value()))
                .andExpect(jsonPath("$.value").value(1250))
                .andExpect(jsonPath("$.events[*].sequence", contains(10)))
                .andExpect(jsonPath("$.events[0].eventType").value("IndicatorActualRecorded"))
                .andExpect(jsonPath("$.events[0].actor").value("coordinator"))
                .andExpect(jsonPath("$.events[0].payload.value").value(1250));
    }

    @Test
    void asOfADateTheLineageIsThatOfTheFigureThen() throws Exception {
        mvc.perform(lineage("people-trained").param("projectId", PPP.value()).param("asOf", "2041-12-31"))
                .andExpect(jsonPath("$.value").value(300))
                .andExpect(jsonPath("$.asOf").value("2041-12-31T22:59:59.999999999Z"))
                .andExpect(jsonPath("$.events[*].sequence", contains(2)));
        mvc.perform(lineage("total-value").param("currency", "PLN").param("projectId", PPP.value())
                        .param("asOf", "2041-12-31"))
                .andExpect(jsonPath("$.value").value(1000))
                .andExpect(jsonPath("$.events[*].sequence", contains(3)));
        mvc.perform(lineage("total-value").param("currency", "PLN").param("projectId", PPP.value())
                        .param("knownAt", firstRecorded.toString()))
                .andExpect(jsonPath("$.value").value(1000))
                .andExpect(jsonPath("$.events[*].sequence", contains(3)));
        mvc.perform(lineage("projects").param("projectId", EURO.value()).param("asOf", "2041-12-31"))
                .andExpect(jsonPath("$.value").value(0))
                .andExpect(jsonPath("$.events", empty()));
    }

    @Test
    void totalValueIsTheLatestStatementInTheCurrencyAndNeverAnotherItem() throws Exception {
        mvc.perform(lineage("total-value").param("currency", "PLN").param("projectId", PPP.value()))
                .andExpect(jsonPath("$.currency").value("PLN"))
                .andExpect(jsonPath("$.value").value(1200))
                .andExpect(jsonPath("$.events[*].sequence", contains(5)))
                .andExpect(jsonPath("$.events[0].payload.note").value("aneks"));
        mvc.perform(lineage("total-value").param("currency", "EUR").param("projectId", PPP.value()))
                .andExpect(jsonPath("$.value").value(0))
                .andExpect(jsonPath("$.events", empty()));
        mvc.perform(lineage("total-value").param("currency", "EUR").param("projectId", EURO.value()))
                .andExpect(jsonPath("$.value").value(500))
                .andExpect(jsonPath("$.events[*].aggregateId", contains(EURO.value())));
    }

    @Test
    void municipalitiesAndPartnersComeFromTheEnrolmentsAndAdditionsStillActive() throws Exception {
        mvc.perform(lineage("municipalities").param("projectId", PPP.value()))
                .andExpect(jsonPath("$.value").value(1))
                .andExpect(jsonPath("$.events[*].sequence", contains(6)))
                .andExpect(jsonPath("$.events[0].payload.municipalityId").value(KALISZ.value()));
        mvc.perform(lineage("partners").param("projectId", PPP.value()))
                .andExpect(jsonPath("$.value").value(1))
                .andExpect(jsonPath("$.events[*].sequence", contains(9)));
        mvc.perform(lineage("projects").param("projectId", PPP.value()))
                .andExpect(jsonPath("$.value").value(1))
                .andExpect(jsonPath("$.events[*].eventType", contains("ProjectRegistered")));
    }

    @Test
    void overEveryProjectTheEventsAddUpToTheDashboardsFigure() throws Exception {
        JsonNode statistics = read(get("/api/dashboard/statistics").param("asOf", "2042-12-31"));
        JsonNode trained = read(lineage("people-trained").param("asOf", "2042-12-31"));
        assertThat(trained.get("value").decimalValue()).isEqualByComparingTo(
                statistics.get("peopleTrained").get("value").decimalValue());
        BigDecimal sum = BigDecimal.ZERO;
        List<Long> positions = new ArrayList<>();
        for (JsonNode event : trained.get("events")) {
            sum = sum.add(event.get("payload").get("value").decimalValue());
            positions.add(event.get("globalPosition").asLong());
        }
        assertThat(sum).isEqualByComparingTo(trained.get("value").decimalValue());
        assertThat(positions).isSorted();

        JsonNode projects = read(lineage("projects").param("asOf", "2042-12-31"));
        assertThat(projects.get("value").asLong()).isEqualTo(statistics.get("projects").asLong())
                .isEqualTo(projects.get("events").size());
        assertThat(projects.get("events").findValuesAsText("aggregateId")).contains(PPP.value(), EURO.value());
    }

    @Test
    void refusesWhatItCannotAnswerNamingTheParameter() throws Exception {
        refused(get("/api/audit/lineage"), "figure");
        refused(lineage("value"), "figure");
        refused(lineage("total-value"), "currency");
        refused(lineage("total-value").param("currency", "zł"), "currency");
        refused(lineage("projects").param("currency", "PLN"), "currency");
        refused(lineage("projects").param("asOf", "end of 2018"), "asOf");
        refused(lineage("projects").param("knownAt", "soon"), "knownAt");
        mvc.perform(lineage("projects").with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder lineage(String figure) {
        return get("/api/audit/lineage").param("figure", figure);
    }

    private void refused(MockHttpServletRequestBuilder request, String field) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static EventMessage<?> fact(String projectId, long sequence, Object payload, String actor) {
        return event("Project", projectId, sequence, payload, actor, Instant.now());
    }

    private static Instant on(String date) {
        return Instant.parse(date + "T09:00:00Z");
    }
}
