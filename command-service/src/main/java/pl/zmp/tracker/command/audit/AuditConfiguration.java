package pl.zmp.tracker.command.audit;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.zmp.tracker.platform.eventlog.EventLog;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    /**
     * Registers the hash chain once every other bean exists, so it runs after the dispatch interceptors
     * registered while beans are created: it must see each event's final metadata.
     */
    @Bean
    SmartInitializingSingleton hashChainRegistration(EventStore eventStore,
                                                     @Qualifier("eventSerializer") Serializer eventSerializer,
                                                     EventLog eventLog) {
        return () -> eventStore.registerDispatchInterceptor(new HashChainInterceptor(eventSerializer, eventLog));
    }
}
