package pl.zmp.tracker.command.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Verifies the whole log every {@code tracker.audit.verify-interval} (off by default), so that the
 * "verify failed" alert rests on a recent result; a broken log is logged at ERROR with its first broken link.
 */
@Component
class PeriodicVerification extends RepeatingTask {

    private static final Logger log = LoggerFactory.getLogger(PeriodicVerification.class);

    private final AuditVerifier verifier;
    private final AuditProperties properties;

    PeriodicVerification(AuditVerifier verifier, AuditProperties properties) {
        super("audit-verifier");
        this.verifier = verifier;
        this.properties = properties;
    }

    @Override
    Duration interval() {
        return properties.verifyInterval();
    }

    @Override
    void runOnce() {
        verifyNow();
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
}
