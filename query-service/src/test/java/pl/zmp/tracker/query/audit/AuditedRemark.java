package pl.zmp.tracker.query.audit;

import org.axonframework.serialization.Revision;

/** An event no projection handles, so tests can fill the log freely. */
@Revision("2")
public record AuditedRemark(String text) {
}
