package pl.zmp.tracker.command.businesstime;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OccurredOnTest {

    @Test
    void readsADateAsTheStartOfThatDayInWarsawAndAnInstantAsGiven() {
        assertThat(OccurredOn.parse("2018-06-01")).isEqualTo(Instant.parse("2018-05-31T22:00:00Z"));
        assertThat(OccurredOn.parse("2018-06-01T10:00:00+02:00")).isEqualTo(Instant.parse("2018-06-01T08:00:00Z"));
        assertThat(OccurredOn.parse(null)).isNull();
    }
}
