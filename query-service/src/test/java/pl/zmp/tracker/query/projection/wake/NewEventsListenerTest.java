package pl.zmp.tracker.query.projection.wake;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.backoff.FixedBackOff;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Without a database to listen to, the listener keeps trying, wakes nobody, and stops when told. */
class NewEventsListenerTest {

    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger wakes = new AtomicInteger();
    private final NewEventsListener listener = new NewEventsListener(() -> {
        attempts.incrementAndGet();
        throw new SQLException("Connection refused");
    }, wakes::incrementAndGet, new FixedBackOff(10, FixedBackOff.UNLIMITED_ATTEMPTS));

    @AfterEach
    void stop() {
        listener.stop();
    }

    @Test
    void aRefusedConnectionIsTriedAgainAfterAPause() {
        listener.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() >= 3);
        assertThat(listener.isRunning()).isTrue();
        assertThat(listener.isListening()).isFalse();
        assertThat(wakes).hasValue(0);
    }

    @Test
    void stoppingEndsTheThreadEvenWhileItPauses() {
        NewEventsListener pausingLong = new NewEventsListener(() -> {
            attempts.incrementAndGet();
            throw new SQLException("Connection refused");
        }, wakes::incrementAndGet, new FixedBackOff(Duration.ofHours(1).toMillis(), FixedBackOff.UNLIMITED_ATTEMPTS));
        pausingLong.start();
        Thread thread = pausingLong.thread();
        await().atMost(Duration.ofSeconds(5)).until(() -> attempts.get() == 1);

        pausingLong.stop();

        assertThat(thread.isAlive()).isFalse();
        assertThat(pausingLong.isRunning()).isFalse();
        assertThat(pausingLong.thread()).isNull();
        assertThat(attempts).hasValue(1);
    }

    @Test
    void theThreadIsADaemonAndStartsOnce() {
        listener.start();
        Thread thread = listener.thread();
        listener.start();

        assertThat(listener.thread()).isSameAs(thread);
        assertThat(thread.isDaemon()).isTrue();
    }
}
