package pl.zmp.tracker.query.projection;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.timeout.HandlerTimeoutHandlerEnhancerDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import pl.zmp.tracker.events.municipality.MunicipalityRegistered;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;
import pl.zmp.tracker.values.CountryCode;
import pl.zmp.tracker.values.MunicipalityId;
import pl.zmp.tracker.values.MunicipalityKind;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one processor of all projections writes a batch's views before it stores the batch's token (BatchedViewWritesTest)
 * and counts what it handles; Axon's own per-message monitors and watchdogs are off (docs/adr/0015).
 */
class ViewsWrittenAtBatchEndTest extends QueryServiceIntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ViewsWrittenAtBatchEnd viewsWrittenAtBatchEnd;
    @Autowired
    private MeterRegistry meters;
    @Autowired
    private ApplicationContext context;
    @Autowired
    private EventStore eventStore;

    @Test
    void isOnEveryProjectionsProcessor() {
        assertThat(processing.eventProcessors()).containsOnlyKeys(LiveReadModels.PROCESSOR);
        List.of("projects", "recruitments", "exhibitions", "municipalities", "organisations").forEach(model ->
                assertThat(processing.eventProcessorByProcessingGroup(model)).get()
                        .isSameAs(processing.eventProcessors().get(LiveReadModels.PROCESSOR)));
        assertThat(processing.eventProcessors().values()).extracting(EventProcessor::getHandlerInterceptors)
                .allSatisfy(interceptors -> assertThat(interceptors).contains(viewsWrittenAtBatchEnd));
    }

    @Test
    void countsWhatItHandlesWithTheTrackersMeterNotAxons() {
        double before = projected();
        MunicipalityId id = MunicipalityId.newId();
        eventStore.publish(new GenericDomainEventMessage<>("Municipality", id.value(), 0, new MunicipalityRegistered(
                id, "Stadt Zähler", MunicipalityKind.FOREIGN_MUNICIPALITY, new CountryCode("DE"), null, null, null)));

        await().atMost(Duration.ofSeconds(20)).until(() -> projected() >= before + 1);
        assertThat(meters.getMeters()).extracting(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("eventProcessor") || name.startsWith("eventStore"));
        assertThat(context.getBeanNamesForType(HandlerTimeoutHandlerEnhancerDefinition.class)).isEmpty();
    }

    private double projected() {
        return meters.get("tracker.projection.events").tag("processor", LiveReadModels.PROCESSOR).counter().count();
    }
}
