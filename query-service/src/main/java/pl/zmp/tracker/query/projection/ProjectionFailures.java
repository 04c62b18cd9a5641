package pl.zmp.tracker.query.projection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A projection that fails to handle an event (MongoDB unreachable, for one) fails its batch: the
 * processor keeps its token where it was and retries the segment with a growing back-off, so a
 * read model pauses during an outage and resumes after it without losing an event. Axon's default
 * would log the failure and move on, leaving the read model without that event for good.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionFailures {

    @Bean
    ConfigurerModule projectionsRetryFailedEvents() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
