package pl.zmp.tracker.command.axon;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The newest stored event of each aggregate a command works on (its sequence number and metadata, which
 * carries its hash), as read together with the aggregate's cross-instance lock ({@link CrossInstanceTurns}).
 * It is kept in the command's unit of work only: read under the lock, it is what the store holds until
 * the command commits, so the hash chain can continue from it without asking the store again.
 */
public final class AggregateTips {

    private static final String RESOURCE = AggregateTips.class.getName();

    private AggregateTips() {
    }

    /** The aggregate's newest stored event; {@code sequenceNumber} -1 when it has none. */
    public record Tip(long sequenceNumber, String metaData) {
    }

    static void remember(String aggregateId, Tip tip) {
        if (CurrentUnitOfWork.isStarted()) {
            Map<String, Tip> tips = CurrentUnitOfWork.get().root().getOrComputeResource(RESOURCE, key -> new HashMap<>());
            tips.put(aggregateId, tip);
        }
    }

    /**
     * The metadata of the aggregate's event just before {@code sequence}, if this unit of work read the
     * aggregate's tip and it is that event; empty when it was not read or does not match (then ask the store).
     */
    public static Optional<Tip> before(String aggregateId, long sequence) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        Map<String, Tip> tips = CurrentUnitOfWork.get().root().getResource(RESOURCE);
        Tip tip = tips == null ? null : tips.get(aggregateId);
        return tip != null && tip.sequenceNumber() == sequence - 1 ? Optional.of(tip) : Optional.empty();
    }
}
