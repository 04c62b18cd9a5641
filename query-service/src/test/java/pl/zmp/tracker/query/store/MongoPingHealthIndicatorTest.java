package pl.zmp.tracker.query.store;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import pl.zmp.tracker.query.EmbeddedMongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

@DataMongoTest(properties = "spring.config.name=query-service")
@Import(MongoPingHealthIndicator.class)
class MongoPingHealthIndicatorTest {

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry properties) {
        EmbeddedMongo.register(properties);
    }

    @Autowired
    private MongoPingHealthIndicator indicator;

    @Test
    void reportsUpWhenTheEmbeddedServerAnswersPing() {
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void reportsDownWhenTheServerDoesNotAnswer() {
        MongoTemplate broken = mock(MongoTemplate.class);
        when(broken.executeCommand(org.mockito.ArgumentMatchers.any(org.bson.Document.class)))
                .thenThrow(new IllegalStateException("connection refused"));

        assertThat(new MongoPingHealthIndicator(broken).health().getStatus()).isEqualTo(Status.DOWN);
    }
}
