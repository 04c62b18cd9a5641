package pl.zmp.tracker.query.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The lag in seconds per read model: the age of the oldest event it has not processed, 0 once it has. */
class ProjectionLagSecondsTest extends QueryServiceIntegrationTest {

    @Autowired
    private MeterRegistry meters;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;

    @AfterEach
    void releaseTheProjections() throws InterruptedException {
        resume(liveReadModels());
    }

    @Test
    void aProjectionHeldBackLagsByTheAgeOfItsOldestUnprocessedEventAndNotOnceCaughtUp() throws Exception {
        awaitProjectionsCaughtUp();
        assertThat(lag("municipalities").value()).isZero();

        liveReadModels().shutDown();
        MunicipalityId id = MunicipalityId.newId();
        eventStore.publish(new GenericDomainEventMessage<>("Municipality", id.value(), 0, new MunicipalityRegistered(
                id, "Wąchock", MunicipalityKind.FOREIGN_MUNICIPALITY, new CountryCode("UA"), null, null, null)));

        // the event waits, and its wait is the lag: it grows with time, not with the number of events
        await().atMost(Duration.ofSeconds(10)).until(() -> lag("municipalities").value() >= 1.5);
        double before = lag("municipalities").value();
        await().atMost(Duration.ofSeconds(10)).until(() -> lag("municipalities").value() > before);

        resume(liveReadModels());
        assertThat(lag("municipalities").value()).isZero();
        assertThat(lag("projects").value()).isZero();
    }

    private Gauge lag(String processor) {
        Gauge gauge = meters.find("tracker.projection.lag.seconds").tag("processor", processor).gauge();
        assertThat(gauge).as("lag gauge of %s", processor).isNotNull();
        return gauge;
    }

    private StreamingEventProcessor liveReadModels() {
        return processing.eventProcessor(LiveReadModels.PROCESSOR, StreamingEventProcessor.class).orElseThrow();
    }
}
