package pl.zmp.tracker.command.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.command.CommandServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Refused commands are counted by their problem code, for the refusals panel of the dashboard. */
@CommandServiceIntegrationTest
class RefusalMetricsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry meters;

    @Test
    void countsEachRefusalUnderItsCodeAndInvalidInputUnderItsStatus() throws Exception {
        double contradicting = count("NAME_CONTRADICTS_REGISTER", "422");
        double invalid = count("HTTP_400", "400");

        mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Nysa\",\"tercCode\":\"1610044\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tercCode\":\"16-61\"}"))
                .andExpect(status().isBadRequest());
        // a read that fails is not a refused command
        mvc.perform(get("/api/audit/verify").param("aggregateId", " ")).andExpect(status().isBadRequest());

        assertThat(count("NAME_CONTRADICTS_REGISTER", "422")).isEqualTo(contradicting + 1);
        assertThat(count("HTTP_400", "400")).isEqualTo(invalid + 1);
    }

    @Test
    void anAcceptedCommandIsNotCounted() throws Exception {
        double before = meters.find("tracker.commands.refused").counters().stream().mapToDouble(Counter::count).sum();

        mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Miasto " + java.util.UUID.randomUUID() + "\",\"country\":\"UA\"}"))
                .andExpect(status().isCreated());

        assertThat(meters.find("tracker.commands.refused").counters().stream().mapToDouble(Counter::count).sum())
                .isEqualTo(before);
    }

    private double count(String code, String status) {
        Counter counter = meters.find("tracker.commands.refused").tag("code", code).tag("status", status).counter();
        return counter == null ? 0 : counter.count();
    }
}
