package pl.zmp.tracker.query.audit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One stored event as an auditor reads it: where it sits in the log, what it is, who caused it
 * (from its metadata), and the stored payload and metadata as JSON.
 */
public record AuditEvent(
        long globalPosition,
        String eventId,
        String aggregateType,
        String aggregateId,
        long sequence,
        String eventType,
        String eventClass,
        String revision,
        Instant time,
        String actor,
        String correlationId,
        String causationId,
        String commandName,
        JsonNode metadata,
        JsonNode payload) {
}
