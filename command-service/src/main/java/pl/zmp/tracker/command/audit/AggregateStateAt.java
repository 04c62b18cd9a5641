package pl.zmp.tracker.command.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * An aggregate as it stood at a point of its history.
 *
 * @param version            sequence number of the last event applied
 * @param asOf               the business time asked for (what had happened by then), or null
 * @param knownAt            the recording time asked for (what had been recorded by then), or null
 * @param lastEventTime      when the last event applied was recorded
 * @param lastEventOccurredOn when the fact of the last event applied happened (business time)
 * @param state         the aggregate's fields, rebuilt by its own event sourcing handlers
 */
public record AggregateStateAt(
        String aggregateType,
        String aggregateId,
        long version,
        Instant asOf,
        Instant knownAt,
        Instant lastEventTime,
        Instant lastEventOccurredOn,
        JsonNode state) {
}
