package pl.zmp.tracker.query.organisation;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import pl.zmp.tracker.events.BusinessTimeUpcaster;
import pl.zmp.tracker.events.organisation.OrganisationRegisteredUpcaster;

/**
 * Axon's auto-configuration puts every upcaster bean into the event store's upcaster chain, in bean order:
 * field renames first, business time (which needs the latest revision but one) last.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationEventUpcasting {

    @Bean
    @Order(0)
    EventUpcaster organisationRegisteredUpcaster() {
        return new OrganisationRegisteredUpcaster();
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    EventUpcaster businessTimeUpcaster() {
        return new BusinessTimeUpcaster();
    }
}
