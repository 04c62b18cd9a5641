package pl.zmp.tracker.query.projection;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProjectionsHealthTest extends QueryServiceIntegrationTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MeterRegistry meters;

    @Test
    void healthShowsEachProcessorsPositionAndLag() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.projections.status").value("UP"))
                .andExpect(jsonPath("$.components.projections.details.processors.municipalities.lag").isNumber())
                .andExpect(jsonPath("$.components.mongo.status").value("UP"));
    }

    @Test
    void exposesTheLagPerProcessorAsAGauge() {
        assertThat(meters.find("tracker.projection.lag").tag("processor", "municipalities").gauge())
                .isNotNull()
                .satisfies(gauge -> assertThat(gauge.value()).isGreaterThanOrEqualTo(0));
    }
}
