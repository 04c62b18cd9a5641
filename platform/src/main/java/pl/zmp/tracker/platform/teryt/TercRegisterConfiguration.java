package pl.zmp.tracker.platform.teryt;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** The TERC register as a bean of every service that has the platform (read once, kept in memory). */
@AutoConfiguration
public class TercRegisterConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public TercRegister tercRegister() {
        return new TercRegister();
    }
}
