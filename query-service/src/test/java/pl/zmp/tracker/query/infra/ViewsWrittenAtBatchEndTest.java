package pl.zmp.tracker.query.infra;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every projection's processor writes a batch's views before it stores the batch's token (BatchedViewWritesTest). */
class ViewsWrittenAtBatchEndTest extends QueryServiceIntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ViewsWrittenAtBatchEnd viewsWrittenAtBatchEnd;

    @Test
    void isOnEveryProjectionsProcessor() {
        assertThat(processing.eventProcessors()).containsOnlyKeys(
                "projects", "recruitments", "exhibitions", "municipalities", "organisations");
        assertThat(processing.eventProcessors().values()).extracting(EventProcessor::getHandlerInterceptors)
                .allSatisfy(interceptors -> assertThat(interceptors).contains(viewsWrittenAtBatchEnd));
    }
}
