package pl.zmp.tracker.query.audit;

import org.axonframework.common.DateTimeUtils;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which events of the global log to select; every criterion given must hold (AND).
 * <p>
 * All but {@code actor} are answered in SQL with bound parameters. The actor lives inside the
 * metadata JSON text, and H2 and PostgreSQL share no JSON operator, while matching the text with
 * LIKE would depend on how the writer escaped it; so the actor is compared in Java on the parsed
 * metadata while the rows stream by. Times: {@code from} inclusive, {@code to} exclusive.
 */
record AuditFilter(String actor, String eventType, String aggregateType, String aggregateId,
                   Instant from, Instant to, Long afterPosition) {

    /** A WHERE clause (possibly empty) whose parameters are added to {@code parameters}. */
    String where(List<Object> parameters) {
        List<String> clauses = new ArrayList<>();
        if (eventType != null) {
            if (eventType.contains(".")) {
                clauses.add("payload_type = ?");
                parameters.add(eventType);
            } else {
                // a simple name ends a top-level class name after '.', or a nested one after '$'
                clauses.add("(payload_type like ? escape '!' or payload_type like ? escape '!')");
                String literal = eventType.replace("!", "!!").replace("_", "!_").replace("%", "!%");
                parameters.add("%." + literal);
                parameters.add("%$" + literal);
            }
        }
        if (aggregateType != null) {
            clauses.add("type = ?");
            parameters.add(aggregateType);
        }
        if (aggregateId != null) {
            clauses.add("aggregate_identifier = ?");
            parameters.add(aggregateId);
        }
        // Axon stores UTC instants at millisecond precision in one fixed-width form, so the stored
        // text orders like the instants and a bound rounded up to the millisecond is exact
        if (from != null) {
            clauses.add("time_stamp >= ?");
            parameters.add(storedForm(from));
        }
        if (to != null) {
            clauses.add("time_stamp < ?");
            parameters.add(storedForm(to));
        }
        if (afterPosition != null) {
            clauses.add("global_index > ?");
            parameters.add(afterPosition);
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /** Whether a criterion remains to be checked in Java on rows the SQL selected. */
    boolean checksRowsInJava() {
        return actor != null;
    }

    boolean matches(AuditEvent event) {
        return actor == null || actor.equals(event.actor());
    }

    AuditFilter after(long position) {
        return new AuditFilter(actor, eventType, aggregateType, aggregateId, from, to, position);
    }

    private static String storedForm(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        return DateTimeUtils.formatInstant(millis.equals(instant) ? millis : millis.plusMillis(1));
    }
}
