package pl.zmp.tracker.query.audit;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Appends events with the metadata the command side writes, straight into the event store. */
abstract class AuditLogTestSupport extends QueryServiceIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;

    static String newId() {
        return UUID.randomUUID().toString();
    }

    static EventMessage<?> event(String type, String aggregateId, long sequence, Object payload, String actor,
                                 Instant time) {
        Map<String, Object> metadata = Map.of(
                "actor", actor,
                "correlationId", "corr-" + aggregateId,
                "causationId", "cause-" + aggregateId + "-" + sequence,
                "commandName", "Record" + payload.getClass().getSimpleName(),
                "commandTime", time.toString());
        return new GenericDomainEventMessage<>(type, aggregateId, sequence,
                new GenericMessage<>(payload, metadata), time);
    }

    static EventMessage<?> remark(String aggregateId, long sequence, String text, String actor) {
        return event("Project", aggregateId, sequence, new AuditedRemark(text), actor, Instant.now());
    }

    void append(EventMessage<?>... events) {
        eventStore.publish(List.of(events));
    }

    void append(List<? extends EventMessage<?>> events) {
        eventStore.publish(events);
    }

    long head() {
        return jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
    }
}
