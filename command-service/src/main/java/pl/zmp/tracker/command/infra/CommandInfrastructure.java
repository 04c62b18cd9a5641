package pl.zmp.tracker.command.infra;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class CommandInfrastructure {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
