package pl.zmp.tracker.command.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param loadOnStart load the seed when the service starts (the all-in-one does; loading again changes nothing)
 * @param location    the seed file: ZMP's projects from the source document by default
 */
@ConfigurationProperties("tracker.seed")
public record SeedProperties(
        @DefaultValue("false") boolean loadOnStart,
        @DefaultValue("classpath:seed/zmp-projects.yaml") String location) {
}
