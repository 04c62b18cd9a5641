package pl.zmp.tracker.query.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.zmp.tracker.query.QueryServiceIntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one processor of all projections writes a batch's views before it stores the batch's token (BatchedViewWritesTest). */
class ViewsWrittenAtBatchEndTest extends QueryServiceIntegrationTest {

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private ViewsWrittenAtBatchEnd viewsWrittenAtBatchEnd;

    @Test
    void isOnEveryProjectionsProcessor() {
        assertThat(processing.eventProcessors()).containsOnlyKeys(LiveReadModels.PROCESSOR);
        List.of("projects", "recruitments", "exhibitions", "municipalities", "organisations").forEach(model ->
                assertThat(processing.eventProcessorByProcessingGroup(model)).get()
                        .isSameAs(processing.eventProcessors().get(LiveReadModels.PROCESSOR)));
        assertThat(processing.eventProcessors().values()).extracting(EventProcessor::getHandlerInterceptors)
                .allSatisfy(interceptors -> assertThat(interceptors).contains(viewsWrittenAtBatchEnd));
    }
}
