package pl.zmp.tracker.query.store;

import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Tracking tokens live beside the read models they describe, in MongoDB. Several query-service
 * instances share the projections' segments through them: each instance claims segments under its
 * node id ({@code tracker.projections.node-id}, by default the JVM's {@code pid@host}), and a segment
 * whose owner stopped renewing its claim for {@code axon.eventhandling.tokenstore.claim-timeout}
 * (default 10 s) is taken over by another instance.
 */
@Configuration(proxyBeanMethods = false)
class ReadStoreConfiguration {

    /** Axon's view of the read-model database: where the token store keeps the processors' tokens. */
    @Bean
    MongoTemplate axonMongoTemplate(MongoClient mongoClient, MongoProperties mongoProperties) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(mongoClient, mongoProperties.getMongoClientDatabase())
                .build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout,
                          @Value("${tracker.projections.node-id:}") String nodeId) {
        MongoTokenStore.Builder tokenStore = MongoTokenStore.builder()
                .claimTimeout(claimTimeout);
        if (!nodeId.isBlank()) {
            tokenStore.nodeId(nodeId);
        }
        return tokenStore
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .contentType(String.class)
                .build();
    }
}
