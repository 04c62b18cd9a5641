package pl.zmp.tracker.query.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One pooled processor feeds every read model, reading a stream that wakes it on new events. */
class LiveReadModelsTest extends QueryServiceIntegrationTest {

    private static final List<String> READ_MODELS =
            List.of("exhibitions", "municipalities", "organisations", "projects", "recruitments");

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private LiveReadModels readModels;
    @Autowired
    private WakingEventSource liveEventSource;
    @Autowired
    private ProjectionProgress readModelProgress;

    @Test
    void everyReadModelIsFedByTheOneLiveProcessor() {
        assertThat(readModels.models()).isEqualTo(READ_MODELS);
        EventProcessor live = processing.eventProcessors().get(LiveReadModels.PROCESSOR);
        assertThat(live).isInstanceOf(PooledStreamingEventProcessor.class);
        READ_MODELS.forEach(model -> assertThat(processing.eventProcessorByProcessingGroup(model)).containsSame(live));
    }

    @Test
    void theLiveProcessorReadsAStreamThatCallsItBackOnNewEvents() {
        // its coordinator registers the callback once it has opened its stream
        await().atMost(Duration.ofSeconds(20)).until(() -> liveEventSource.listening() >= 1);
    }

    @Test
    void eachReadModelReportsItsPositionAndTheyShareTheProcessors() throws InterruptedException {
        awaitProjectionsCaughtUp();
        assertThat(readModelProgress.positions()).containsOnlyKeys(READ_MODELS);
        assertThat(readModelProgress.positions().values()).containsOnly(readModelProgress.caughtUpTo());
    }
}
