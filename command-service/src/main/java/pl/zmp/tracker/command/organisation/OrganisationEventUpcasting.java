package pl.zmp.tracker.command.organisation;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import pl.zmp.tracker.events.organisation.OrganisationRegisteredUpcaster;

/** Axon's auto-configuration puts every upcaster bean into the event store's upcaster chain. */
@Configuration(proxyBeanMethods = false)
class OrganisationEventUpcasting {

    @Bean
    EventUpcaster organisationRegisteredUpcaster() {
        return new OrganisationRegisteredUpcaster();
    }
}
