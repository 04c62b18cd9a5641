package pl.zmp.tracker.query.projection.wake;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.backoff.ExponentialBackOff;
import pl.zmp.tracker.platform.eventstore.TrackerEventStore;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * On a PostgreSQL event store the query service listens for notifications of new events and has the event
 * store's reader read them at once (docs/adr/0014); {@code tracker.event-store.notifications.enabled=false}
 * turns it off (behind a connection pooler that does not pass notifications on, for one), and then, as on H2,
 * the reader finds new events by polling only. Health ({@code eventNotifications}) and the gauge
 * {@code tracker.event-store.notifications.listening} say whether it listens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tracker.event-store.notifications.enabled", matchIfMissing = true)
@Conditional(EventNotificationsConfiguration.OnPostgreSQL.class)
class EventNotificationsConfiguration {

    @Bean
    NewEventsListener newEventsListener(DataSource dataSource, TrackerEventStore eventStore,
                                        @Value("${spring.application.name:query-service}") String application) throws SQLException {
        ExponentialBackOff reconnectPauses = new ExponentialBackOff(500, 2);
        reconnectPauses.setMaxInterval(30_000);
        return new NewEventsListener(ListenConnections.like(dataSource, application + " new events listener"),
                eventStore::readNewEventsSoon, reconnectPauses);
    }

    @Bean
    HealthIndicator eventNotificationsHealthIndicator(NewEventsListener listener) {
        // not listening is no failure: new events are still found, by polling
        return () -> Health.up()
                .withDetail("listening", listener.isListening())
                .withDetail("channel", NewEventsListener.CHANNEL)
                .build();
    }

    @Bean
    MeterBinder eventNotificationsGauge(NewEventsListener listener) {
        return meters -> Gauge.builder("tracker.event-store.notifications.listening", () -> listener.isListening() ? 1 : 0)
                .description("1 while the query service listens for notifications of new events, 0 while it only polls")
                .register(meters);
    }

    /** The event store's URL ({@code spring.datasource.url}) is a PostgreSQL one. */
    static class OnPostgreSQL implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url", "");
            return DatabaseDriver.fromJdbcUrl(url) == DatabaseDriver.POSTGRESQL;
        }
    }
}
