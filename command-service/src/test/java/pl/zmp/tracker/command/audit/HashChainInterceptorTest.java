package pl.zmp.tracker.command.audit;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import pl.zmp.tracker.events.EventJson;
import pl.zmp.tracker.events.municipality.MunicipalityRenamed;
import pl.zmp.tracker.platform.eventlog.EventLog;
import pl.zmp.tracker.values.MunicipalityId;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class HashChainInterceptorTest {

    private static final String ID = "3f1f7e1c-0a55-4d5c-9d55-8a4f3b2c1d00";
    private final Serializer serializer = EventJson.serializer();
    private final EventLog eventLog = mock(EventLog.class);
    private final HashChainInterceptor interceptor = new HashChainInterceptor(serializer, eventLog);

    private static DomainEventMessage<?> renamed(long sequence, String name) {
        return new GenericDomainEventMessage<>("Municipality", ID, sequence,
                new MunicipalityRenamed(new MunicipalityId(ID), name), MetaData.with("actor", "anonymous"));
    }

    @Test
    void chainsEventsOfOneAggregateWithinABatchStartingFromGenesis() {
        List<EventMessage<?>> batch = List.of(renamed(0, "A"), renamed(1, "B"));

        List<EventMessage<?>> chained = intercept(batch);

        assertThat(chained.get(0).getMetaData()).containsEntry("previousHash", EventHashes.GENESIS)
                .containsEntry("actor", "anonymous");
        assertThat(chained.get(1).getMetaData().get("previousHash")).isEqualTo(chained.get(0).getMetaData().get("hash"));
        for (EventMessage<?> event : chained) {
            assertThat(event.getMetaData().get("hash")).isEqualTo(recomputed((DomainEventMessage<?>) event));
            assertThat(((DomainEventMessage<?>) event).getSequenceNumber()).isBetween(0L, 1L);
            assertThat(event.getIdentifier()).isIn(batch.stream().map(EventMessage::getIdentifier).toList());
        }
        verifyNoInteractions(eventLog);
    }

    @Test
    void continuesFromTheHashOfTheAggregatesHighestStoredEvent() {
        String storedHash = "ef".repeat(32);
        when(eventLog.metaDataBefore(ID, 5))
                .thenReturn(Optional.of("{\"actor\":\"anonymous\",\"hash\":\"" + storedHash + "\"}"));

        EventMessage<?> chained = intercept(List.of(renamed(5, "C"))).get(0);

        assertThat(chained.getMetaData()).containsEntry("previousHash", storedHash);
        assertThat(chained.getMetaData().get("hash")).isEqualTo(recomputed((DomainEventMessage<?>) chained));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<EventMessage<?>> intercept(List<EventMessage<?>> batch) {
        BiFunction function = interceptor.handle(batch);
        List<EventMessage<?>> chained = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            chained.add((EventMessage<?>) function.apply(i, batch.get(i)));
        }
        return chained;
    }

    /** The hash an auditor computes from the row the store writes for this event. */
    private String recomputed(DomainEventMessage<?> event) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        StoredEvent row = new StoredEvent(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                payload.getType().getName(), payload.getType().getRevision(), payload.getData(), metaData.getData(),
                event.getIdentifier(), DateTimeUtils.formatInstant(event.getTimestamp()));
        return EventHashes.hash(row, (String) event.getMetaData().get("previousHash"));
    }
}
