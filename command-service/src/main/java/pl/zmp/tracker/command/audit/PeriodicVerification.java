package pl.zmp.tracker.command.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Verifies the whole log every {@code tracker.audit.verify-interval} (off by default), so that the
 * "verify failed" alert rests on a recent result; a broken log is logged at ERROR with its first broken link.
 */
@Component
class PeriodicVerification implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicVerification.class);

    private final AuditVerifier verifier;
    private final AuditProperties properties;
    private ScheduledExecutorService schedule;

    PeriodicVerification(AuditVerifier verifier, AuditProperties properties) {
        this.verifier = verifier;
        this.properties = properties;
    }

    void verifyNow() {
        try {
            Verification verification = verifier.verifyAll();
            if (!verification.verified()) {
                log.error("The event log failed verification: {}", verification.firstBrokenLink());
            }
        } catch (RuntimeException e) {
            log.warn("Verifying the event log failed; retrying on the next run", e);
        }
    }

    @Override
    public synchronized void start() {
        if (properties.verifyInterval().isZero() || properties.verifyInterval().isNegative()) {
            return;
        }
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-verifier");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.verifyInterval().toMillis();
        schedule.scheduleWithFixedDelay(this::verifyNow, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return schedule != null;
    }
}
