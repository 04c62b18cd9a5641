package pl.zmp.tracker.command.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import pl.zmp.tracker.platform.eventlog.EventLog;
import pl.zmp.tracker.platform.eventlog.EventRow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What operations watch of tamper evidence, as gauges:
 * <ul>
 *   <li>{@code tracker.audit.seal.age} (seconds): how long the oldest event not yet sealed has been stored, 0 when
 *       everything is sealed. It stays at a few seconds (the settle time plus the seal interval) while the sealer
 *       runs, and grows without bound when it stops;</li>
 *   <li>{@code tracker.audit.verify.last.result}: 1 when the last verification of the whole log found it intact,
 *       0 when it found a broken link, -1 before any in this instance;</li>
 *   <li>{@code tracker.audit.verify.last.timestamp} (seconds since the epoch): when that verification ended, 0 before any.</li>
 * </ul>
 */
@Component
public class AuditMetrics {

    private final JdbcTemplate jdbc;
    private final EventLog eventLog;
    private final Clock clock;
    private final AtomicReference<LastVerification> last = new AtomicReference<>();

    AuditMetrics(JdbcTemplate jdbc, EventLog eventLog, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.eventLog = eventLog;
        this.clock = clock;
        Gauge.builder("tracker.audit.seal.age", this::sealAgeSeconds).baseUnit("seconds")
                .description("how long the oldest event not yet sealed has been stored; 0 when all are sealed")
                .register(meters);
        Gauge.builder("tracker.audit.verify.last.result", this::lastResult)
                .description("last verification of the whole log: 1 intact, 0 broken, -1 none yet")
                .register(meters);
        Gauge.builder("tracker.audit.verify.last.timestamp", this::lastTimestamp).baseUnit("seconds")
                .description("when the last verification of the whole log ended, in seconds since the epoch; 0 none yet")
                .register(meters);
    }

    /** Age in seconds of the oldest event after the last sealed position; 0 when there is none. */
    public double sealAgeSeconds() {
        Long sealedThrough = jdbc.queryForObject("select max(global_index) from audit_seal", Long.class);
        List<EventRow> unsealed = eventLog.after(sealedThrough == null ? -1 : sealedThrough, 1);
        if (unsealed.isEmpty()) {
            return 0;
        }
        Instant stored = Instant.parse(unsealed.get(0).timeStamp());
        return Math.max(0, Duration.between(stored, clock.instant()).toMillis() / 1000.0);
    }

    /** Records the outcome of a verification of the whole log. */
    void verified(Verification verification) {
        last.set(new LastVerification(verification.verified(), clock.instant()));
    }

    double lastResult() {
        LastVerification verification = last.get();
        return verification == null ? -1 : verification.verified() ? 1 : 0;
    }

    double lastTimestamp() {
        LastVerification verification = last.get();
        return verification == null ? 0 : verification.at().toEpochMilli() / 1000.0;
    }

    private record LastVerification(boolean verified, Instant at) {
    }
}
