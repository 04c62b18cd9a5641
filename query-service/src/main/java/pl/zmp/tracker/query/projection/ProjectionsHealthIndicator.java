package pl.zmp.tracker.query.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lag per read model (events in the store not yet projected into it) in health, under
 * {@code processors}, and as the gauge {@code tracker.projection.lag{processor}}, both keyed by the read
 * model's name as they were when each read model had a processor of its own (one processor feeds them
 * all now, docs/adr/0008); a processor stopped on an error makes health DOWN.
 */
@Component("projectionsHealthIndicator")
class ProjectionsHealthIndicator extends AbstractHealthIndicator {

    private final ProjectionProgress progress;
    private final MeterRegistry meters;

    ProjectionsHealthIndicator(ProjectionProgress progress, MeterRegistry meters) {
        super("projection status unavailable");
        this.progress = progress;
        this.meters = meters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerLagGauges() {
        progress.positions().keySet().forEach(model -> Gauge.builder("tracker.projection.lag",
                        () -> Math.max(0, progress.head() - progress.positions().getOrDefault(model, -1L)))
                .tag("processor", model)
                .description("events in the event store that this projection has not processed yet")
                .register(meters));
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        long head = progress.head();
        Map<String, Object> processors = new LinkedHashMap<>();
        progress.positions().forEach((model, position) -> processors.put(model,
                Map.of("position", position, "lag", Math.max(0, head - position))));
        List<String> failing = progress.processorsInError();
        (failing.isEmpty() ? builder.up() : builder.down().withDetail("inError", failing))
                .withDetail("head", head)
                .withDetail("processors", processors);
    }
}
