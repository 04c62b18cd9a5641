package pl.zmp.tracker.query.audit;

import pl.zmp.tracker.platform.eventlog.EventFilter;

import java.time.Instant;

/**
 * Which events of the global log to select; every criterion given must hold (AND).
 * <p>
 * All but {@code actor} and {@code correlationId} are answered in SQL with bound parameters ({@link EventFilter}).
 * Those two live inside the metadata JSON text, and H2 and PostgreSQL share no JSON operator, while matching the
 * text with LIKE would depend on how the writer escaped it; so they are compared in Java on the parsed
 * metadata while the rows stream by. Times: {@code from} inclusive, {@code to} exclusive.
 */
record AuditFilter(String actor, String correlationId, String eventType, String aggregateType, String aggregateId,
                   Instant from, Instant to, Long afterPosition) {

    /** The criteria the event log answers in SQL. */
    EventFilter events() {
        return new EventFilter(eventType, aggregateType, aggregateId, from, to, afterPosition);
    }

    /** Whether a criterion remains to be checked in Java on rows the SQL selected. */
    boolean checksRowsInJava() {
        return actor != null || correlationId != null;
    }

    boolean matches(AuditEvent event) {
        return (actor == null || actor.equals(event.actor()))
                && (correlationId == null || correlationId.equals(event.correlationId()));
    }

    AuditFilter after(long position) {
        return new AuditFilter(actor, correlationId, eventType, aggregateType, aggregateId, from, to, position);
    }
}
