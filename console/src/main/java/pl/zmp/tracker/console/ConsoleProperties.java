package pl.zmp.tracker.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * Where the console finds the two public APIs ({@code tracker.console.*}).
 *
 * @param commandUrl  base address of command-service
 * @param queryUrl    base address of query-service
 * @param dashboardUrl where viewers find the live dashboard (query-service's page)
 * @param readTimeout how long one API call may take (a read-your-write waits on the query side)
 */
@ConfigurationProperties("tracker.console")
public record ConsoleProperties(
        @DefaultValue("http://localhost:8081") URI commandUrl,
        @DefaultValue("http://localhost:8082") URI queryUrl,
        @DefaultValue("http://localhost:8082/") URI dashboardUrl,
        @DefaultValue("30s") Duration readTimeout) {
}
