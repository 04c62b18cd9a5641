package pl.zmp.tracker.command.businesstime;

import pl.zmp.tracker.command.axon.CommandRejectedException;
import pl.zmp.tracker.platform.web.InvalidFieldException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The business time of a command: when the fact happened or took effect, as the coordinator says
 * (a date, read as the start of that day in Warsaw, or an instant), now when not said. It may not lie
 * in the future beyond {@link #FUTURE_TOLERANCE} (clocks differ a little), nor before the start of the
 * aggregate it is about.
 */
public final class OccurredOn {

    public static final String FIELD = "occurredOn";
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Warsaw");
    public static final String DESCRIPTION = "when it happened or took effect (business time): a date (YYYY-MM-DD, "
            + "Europe/Warsaw) or an ISO-8601 instant; now when absent. Not in the future (beyond "
            + "5 minutes), not before the start of what it is about";

    private OccurredOn() {
    }

    /** The text of a request: null stays null (the handler takes now); a date or an instant otherwise. */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        try {
            if (trimmed.length() == 10) {
                return LocalDate.parse(trimmed).atStartOfDay(BUSINESS_ZONE).toInstant();
            }
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(FIELD, "must be a date (YYYY-MM-DD) or an ISO-8601 instant with offset");
        }
    }

    /** The business time of a fact that starts an aggregate's life. */
    public static Instant resolve(Instant given) {
        return resolve(given, (Instant) null, null);
    }

    /**
     * The business time of a fact that states its own date (a measurement, a training, a publication):
     * the coordinator's occurredOn when given, otherwise the start of that date, unless it lies ahead.
     */
    public static Instant resolve(Instant given, LocalDate ownDate) {
        return resolve(given, ownDate == null ? null : ownDate.atStartOfDay(BUSINESS_ZONE).toInstant());
    }

    /** As {@link #resolve(Instant, LocalDate)}, for a fact that states its own moment (a submission). */
    public static Instant resolve(Instant given, Instant ownMoment) {
        if (given == null && ownMoment != null && !ownMoment.isAfter(Instant.now())) {
            return ownMoment;
        }
        return resolve(given, null, null);
    }

    /**
     * The business time of a fact about an aggregate that started at {@code start} (its first fact's
     * business time; null when there is no such bound).
     */
    public static Instant resolve(Instant given, Instant start, String startedBy) {
        return resolve(given, start, startedBy, Clock.systemUTC());
    }

    /** As {@link #resolve(Instant, Instant, String)}, with "now" read from the given clock. */
    public static Instant resolve(Instant given, Instant start, String startedBy, Clock clock) {
        Instant now = clock.instant();
        if (given == null) {
            // not said: now, but never before the start (a start a few seconds ahead, within the tolerance)
            return start != null && start.isAfter(now) ? start : now;
        }
        if (given.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw CommandRejectedException.ruleViolation("OCCURRED_IN_FUTURE", FIELD,
                    "occurredOn " + given + " lies in the future; facts are recorded once they happened");
        }
        if (start != null && given.isBefore(start)) {
            throw CommandRejectedException.ruleViolation("OCCURRED_BEFORE_START", FIELD,
                    "occurredOn " + given + " is before " + startedBy + " (" + start + ")");
        }
        return given;
    }
}
