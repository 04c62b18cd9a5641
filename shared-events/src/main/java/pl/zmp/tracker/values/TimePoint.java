package pl.zmp.tracker.values;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A point an auditor asks about ({@code asOf}, {@code knownAt}): an ISO-8601 instant with its offset, or a
 * date, which means the whole of that day in Warsaw (its last moment), so that asOf=2018-12-31 includes
 * what happened on 31 December.
 */
public final class TimePoint {

    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Europe/Warsaw");
    public static final String FORMAT = "an ISO-8601 instant with offset (2018-12-31T23:59:59Z) or a date (2018-12-31)";

    private TimePoint() {
    }

    /** @throws IllegalArgumentException when the text is neither an instant nor a date */
    public static Instant parse(String text) {
        String trimmed = text.strip();
        try {
            if (trimmed.length() == 10) {
                return endOf(LocalDate.parse(trimmed));
            }
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not " + FORMAT + ": " + text, e);
        }
    }

    /** The last moment of a day in Warsaw. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(BUSINESS_ZONE).toInstant().minusNanos(1);
    }
}
