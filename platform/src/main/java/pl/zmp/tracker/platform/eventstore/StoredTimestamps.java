package pl.zmp.tracker.platform.eventstore;

import org.axonframework.common.DateTimeUtils;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the {@code time_stamp} column as Axon writes it, {@code 2026-11-30T02:12:21.123Z} (UTC, one to nine
 * fraction digits), without a {@code DateTimeFormatter}: Axon's parser took an eighth of a rebuild's CPU.
 * Any other form (an offset, no fraction, a damaged value) goes to Axon's own parser, so the answer and the
 * error for bad text are Axon's.
 */
final class StoredTimestamps {

    /** Out of range for every field of a date and time, so LocalDateTime refuses it. */
    private static final int NOT_DIGITS = Integer.MIN_VALUE;
    private static final int[] NANOS_PER_DIGIT = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private StoredTimestamps() {
    }

    static Instant parse(String text) {
        int length = text.length();
        if (length < 22 || length > 30 || !separatorsInPlace(text) || text.charAt(length - 1) != 'Z') {
            return DateTimeUtils.parseInstant(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = digits(text, 20, length - 1);
        try {
            // a field that is not digits (NOT_DIGITS) or out of its range is refused here and left to Axon
            return LocalDateTime.of(year, month, day, hour, minute, second,
                            fraction == NOT_DIGITS ? NOT_DIGITS : fraction * NANOS_PER_DIGIT[length - 21])
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeException invalid) {
            return DateTimeUtils.parseInstant(text);
        }
    }

    private static boolean separatorsInPlace(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':' && text.charAt(19) == '.';
    }

    /** The decimal number in {@code text[from, to)}, or {@link #NOT_DIGITS} if a character there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return NOT_DIGITS;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
