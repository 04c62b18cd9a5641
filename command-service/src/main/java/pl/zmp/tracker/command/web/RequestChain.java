package pl.zmp.tracker.command.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * What runs around every request beyond the security rules themselves. Spring Security wraps each of
 * its filters, and each authentication and authorization, in an observation when Micrometer is present:
 * nothing reads those (the service's metrics are the command bus's and the HTTP server's), and on a
 * command path of a few milliseconds they cost a large share of its CPU. They are left out here.
 */
@Configuration(proxyBeanMethods = false)
class RequestChain {

    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
