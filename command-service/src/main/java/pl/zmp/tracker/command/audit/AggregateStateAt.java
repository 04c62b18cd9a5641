package pl.zmp.tracker.command.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * An aggregate as it stood at a point of its history.
 *
 * @param version       sequence number of the last event applied
 * @param asOf          the moment asked for, or null when a version was asked for
 * @param lastEventTime when the last event applied was recorded
 * @param state         the aggregate's fields, rebuilt by its own event sourcing handlers
 */
public record AggregateStateAt(
        String aggregateType,
        String aggregateId,
        long version,
        Instant asOf,
        Instant lastEventTime,
        JsonNode state) {
}
