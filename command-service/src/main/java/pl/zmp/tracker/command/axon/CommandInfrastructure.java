package pl.zmp.tracker.command.axon;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** The clock commands are judged by; scheduled housekeeping (expired idempotency keys). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CommandInfrastructure {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
