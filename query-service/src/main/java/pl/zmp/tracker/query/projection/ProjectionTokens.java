package pl.zmp.tracker.query.projection;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The projections write to MongoDB, where there is no transaction that could hold a batch's writes
 * and its token together, so a processor must store its token only after the batch was written.
 * Given a transaction manager, a tracking processor stores the token first (safe only when one
 * transaction covers both) and a crash mid-batch would skip the batch for good; without one it
 * stores the token at commit. The event store's JDBC transactions have nothing to do with the
 * projections' writes, so the processors get none.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionTokens {

    @Bean
    ConfigurerModule projectionsStoreTokensAfterTheirWrites() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultTransactionManager(configuration -> NoTransactionManager.instance());
    }
}
