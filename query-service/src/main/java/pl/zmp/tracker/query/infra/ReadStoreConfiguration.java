package pl.zmp.tracker.query.infra;

import com.mongodb.client.MongoClient;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tracking tokens live beside the read models they describe, in MongoDB. */
@Configuration(proxyBeanMethods = false)
class ReadStoreConfiguration {

    @Bean
    TokenStore tokenStore(MongoClient mongoClient, MongoProperties mongoProperties, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(mongoClient, mongoProperties.getMongoClientDatabase())
                        .build())
                .serializer(serializer)
                .contentType(String.class)
                .build();
    }
}
