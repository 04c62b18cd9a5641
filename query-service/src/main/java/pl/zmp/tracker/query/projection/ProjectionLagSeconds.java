package pl.zmp.tracker.query.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.platform.eventlog.EventLog;
import pl.zmp.tracker.platform.eventlog.EventRow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Projection lag in time: how long the oldest event a projection has not processed yet has been in the store
 * (0 when it has processed everything), as the gauge {@code tracker.projection.lag.seconds{processor}} beside
 * the lag in events. Unlike a count of events, it says how stale a read model's answers are, whatever the load.
 */
@Component
public class ProjectionLagSeconds {

    private final ProjectionProgress progress;
    private final EventLog eventLog;
    private final MeterRegistry meters;
    private final Clock clock;

    ProjectionLagSeconds(ProjectionProgress progress, EventLog eventLog, MeterRegistry meters, Clock clock) {
        this.progress = progress;
        this.eventLog = eventLog;
        this.meters = meters;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void registerGauges() {
        progress.positions().keySet().forEach(processor -> Gauge.builder("tracker.projection.lag.seconds",
                        () -> seconds(processor))
                .tag("processor", processor)
                .baseUnit("seconds")
                .description("how long the oldest event this projection has not processed yet has been stored; 0 when caught up")
                .register(meters));
    }

    /** The lag of one processor in seconds (with milliseconds), 0 when it has reached the newest event. */
    public double seconds(String processor) {
        long position = progress.positions().getOrDefault(processor, -1L);
        List<EventRow> next = eventLog.after(position, 1);
        if (next.isEmpty()) {
            return 0;
        }
        Instant stored = Instant.parse(next.get(0).timeStamp());
        return Math.max(0, Duration.between(stored, clock.instant()).toMillis() / 1000.0);
    }
}
