package pl.zmp.tracker.query.projection.wake;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import pl.zmp.tracker.platform.eventstore.TrackerEventStore;

import javax.sql.DataSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The query service listens for notifications only where there are any: on PostgreSQL, unless switched off. */
class EventNotificationsConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(EventNotificationsConfiguration.class);

    @Test
    void onH2NothingListens() {
        context.withPropertyValues("spring.datasource.url=jdbc:h2:mem:events;MODE=PostgreSQL")
                .run(started -> assertThat(started).hasNotFailed()
                        .doesNotHaveBean(NewEventsListener.class)
                        .doesNotHaveBean("eventNotificationsHealthIndicator"));
    }

    @Test
    void onPostgreSQLSwitchedOffNothingListens() {
        context.withPropertyValues("spring.datasource.url=jdbc:postgresql://db:5432/tracker",
                        "tracker.event-store.notifications.enabled=false")
                .run(started -> assertThat(started).hasNotFailed()
                        .doesNotHaveBean(NewEventsListener.class)
                        .doesNotHaveBean("eventNotificationsHealthIndicator"));
    }

    @Test
    void onPostgreSQLItListensAndHealthSaysWhetherItDoes() {
        String refusing = "jdbc:postgresql://127.0.0.1:1/tracker";
        context.withPropertyValues("spring.datasource.url=" + refusing)
                .withBean(DataSource.class, () -> {
                    HikariDataSource pool = new HikariDataSource();
                    pool.setJdbcUrl(refusing);
                    return pool;
                })
                .withBean(TrackerEventStore.class, () -> new TrackerEventStore(EmbeddedEventStore.builder()
                        .storageEngine(new InMemoryEventStorageEngine()), Duration.ZERO))
                .run(started -> {
                    assertThat(started).hasSingleBean(NewEventsListener.class);
                    assertThat(started.getBean(NewEventsListener.class).isRunning()).isTrue();
                    Health health = started.getBean("eventNotificationsHealthIndicator", HealthIndicator.class).health();
                    // nobody accepts connections there: not listening, which is no failure
                    assertThat(health.getStatus()).isEqualTo(Status.UP);
                    assertThat(health.getDetails()).containsEntry("listening", false)
                            .containsEntry("channel", "events_appended");
                });
    }
}
