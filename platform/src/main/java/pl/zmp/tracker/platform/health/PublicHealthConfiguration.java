package pl.zmp.tracker.platform.health;

import org.springframework.boot.actuate.autoconfigure.system.DiskSpaceHealthContributorAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.system.DiskSpaceHealthIndicatorProperties;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.io.File;

/**
 * The health answer is public (load balancers and compose read it without credentials), so it says nothing
 * about the machine: the disk space check keeps Spring's verdict (DOWN below the threshold) and its free
 * and total bytes, but not the path it measures, which is the data directory or the working directory.
 */
@AutoConfiguration(before = DiskSpaceHealthContributorAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnEnabledHealthIndicator("diskspace")
@EnableConfigurationProperties(DiskSpaceHealthIndicatorProperties.class)
public class PublicHealthConfiguration {

    /** Named as Spring's, which therefore steps aside. */
    @Bean
    HealthIndicator diskSpaceHealthIndicator(DiskSpaceHealthIndicatorProperties properties) {
        return new DiskSpaceWithoutPath(properties.getPath(), properties.getThreshold().toBytes());
    }

    static final class DiskSpaceWithoutPath extends AbstractHealthIndicator {

        private final File path;
        private final long threshold;

        DiskSpaceWithoutPath(File path, long threshold) {
            super("disk space check failed");
            this.path = path;
            this.threshold = threshold;
        }

        @Override
        protected void doHealthCheck(Health.Builder builder) {
            long free = path.getUsableSpace();
            (free >= threshold ? builder.up() : builder.down())
                    .withDetail("total", path.getTotalSpace())
                    .withDetail("free", free)
                    .withDetail("threshold", threshold)
                    .withDetail("exists", path.exists());
        }
    }
}
