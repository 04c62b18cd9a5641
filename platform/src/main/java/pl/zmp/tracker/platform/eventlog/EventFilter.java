package pl.zmp.tracker.platform.eventlog;

import org.axonframework.common.DateTimeUtils;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Which stored events to select; every criterion given (not null) must hold. Times: {@code from}
 * inclusive, {@code to} exclusive; {@code afterPosition} exclusive.
 *
 * @param eventType     a payload class name, or (without a '.') a class's simple name, matched literally
 * @param aggregateType the type as stored in column {@code type} (see {@link AggregateType})
 */
public record EventFilter(String eventType, String aggregateType, String aggregateId,
                          Instant from, Instant to, Long afterPosition) {

    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null);

    public static EventFilter ofAggregate(String aggregateId) {
        return new EventFilter(null, null, aggregateId, null, null, null);
    }

    public EventFilter after(long position) {
        return new EventFilter(eventType, aggregateType, aggregateId, from, to, position);
    }

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

    private static String storedForm(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        return DateTimeUtils.formatInstant(millis.equals(instant) ? millis : millis.plusMillis(1));
    }
}
