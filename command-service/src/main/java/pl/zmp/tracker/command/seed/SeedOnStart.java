package pl.zmp.tracker.command.seed;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** Loads the seed once the service is up, when {@code tracker.seed.load-on-start} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SeedProperties.class)
class SeedOnStart {

    private final SeedLoader loader;
    private final SeedProperties properties;

    SeedOnStart(SeedLoader loader, SeedProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadSeed() {
        if (properties.loadOnStart()) {
            loader.load(properties.location());
        }
    }
}
