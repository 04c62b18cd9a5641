package pl.zmp.tracker.platform.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The quick reading of the time_stamp column agrees with Axon's parser on every text, good or bad. */
class StoredTimestampsTest {

    @Test
    void readsBackEveryInstantAxonWrites() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 10_000_000_000L),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            String text = DateTimeUtils.formatInstant(instant);
            assertThat(StoredTimestamps.parse(text)).as(text).isEqualTo(DateTimeUtils.parseInstant(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30T02:12:21.123Z", "2024-02-29T23:59:59.999999999Z", "2018-06-01T00:00:00.5Z",
            "1999-12-31T23:59:59.000001Z", "2018-06-01T00:00:00Z", "2018-06-01T02:00:00.000+02:00",
            "2018-06-01t00:00:00.000z", "2026-11-30T02:12:21.Z"})
    void readsEachFormAsAxonDoes(String text) {
        assertThat(StoredTimestamps.parse(text)).isEqualTo(DateTimeUtils.parseInstant(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T00:00:00.000Z", "2026-13-01T00:00:00.000Z", "2026-11-30T24:00:00.000Z",
            "2026-11-30T02:60:00.000Z", "2026-11-3OT02:12:21.123Z",
            "2026-11-30T02:12:21.1234567890Z", "2026-11-30 02:12:21.123Z", ""})
    void refusesWhatAxonRefuses(String text) {
        assertThatThrownBy(() -> DateTimeUtils.parseInstant(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StoredTimestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
    }
}
