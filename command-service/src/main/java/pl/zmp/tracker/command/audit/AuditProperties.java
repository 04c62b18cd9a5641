package pl.zmp.tracker.command.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param settleTime   how old an event must be before it is sealed; a missing global index below an
 *                     event that old is sealed as a permanent gap (a rolled-back insert)
 * @param sealInterval how often the sealer runs; zero turns the schedule off (sealing on demand only)
 * @param verifyInterval how often the whole log is verified on a schedule (the result is the gauge
 *                     {@code tracker.audit.verify.last.result}); zero (the default) verifies on demand only
 */
@ConfigurationProperties("tracker.audit")
public record AuditProperties(
        @DefaultValue("2s") Duration settleTime,
        @DefaultValue("1s") Duration sealInterval,
        @DefaultValue("0s") Duration verifyInterval) {
}
