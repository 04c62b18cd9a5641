package pl.zmp.tracker.command.axon;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.command.CommandServiceIntegrationTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Axon's per-message monitors and handler watchdogs stay off (docs/adr/0015): nothing reads them, every command paid. */
@CommandServiceIntegrationTest
class AxonPerMessageOverheadTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ApplicationContext context;

    @Test
    void aCommandLeavesNoAxonMeterAndStartsNoWatchdog() throws Exception {
        mvc.perform(post("/api/municipalities").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Miasto " + UUID.randomUUID() + "\",\"country\":\"UA\"}"))
                .andExpect(status().isCreated());

        assertThat(meters.getMeters()).extracting(meter -> meter.getId().getName())
                .isNotEmpty()
                .noneMatch(name -> name.startsWith("commandBus") || name.startsWith("eventStore")
                        || name.startsWith("eventProcessor"));
        assertThat(context.getBeanNamesForType(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
    }
}
