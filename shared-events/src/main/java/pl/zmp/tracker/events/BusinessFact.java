package pl.zmp.tracker.events;

import java.time.Instant;

/**
 * An event about something that happened in the world: {@link #occurredOn()} is when it happened or took
 * effect (business time), given by the coordinator and part of the hashed payload; the moment the event was
 * recorded is the event's own timestamp. Events recorded before business time existed are read through
 * {@link BusinessTimeUpcaster}, which gives them their recording time as business time.
 */
public interface BusinessFact {

    /** When the fact happened or took effect; null only on an event built without one (tests, replays). */
    Instant occurredOn();

    /** The business time of a payload: its own when it states one, otherwise the moment it was recorded. */
    static Instant of(Object payload, Instant recordedAt) {
        if (payload instanceof BusinessFact fact && fact.occurredOn() != null) {
            return fact.occurredOn();
        }
        return recordedAt;
    }
}
