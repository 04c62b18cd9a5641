package pl.zmp.tracker.query.projection;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The live read models: one projection each, named by its {@link ProcessingGroup} (which is also the
 * name of its collection and of its rebuild). All of them are fed by one pooled streaming processor,
 * {@value #PROCESSOR}: one stream reads each event once and hands it to every projection that handles
 * it, segment by segment (by aggregate id, so each aggregate's events stay in order), and two instances
 * share the segments (docs/adr/0008). Settings in query-service.yml under
 * {@code axon.eventhandling.processors.live-read-models}.
 */
@Configuration(proxyBeanMethods = false)
public class LiveReadModels {

    public static final String PROCESSOR = "live-read-models";

    private final List<String> models;

    @Autowired
    LiveReadModels(ListableBeanFactory beans) {
        this(Arrays.stream(beans.getBeanNamesForAnnotation(ProcessingGroup.class))
                .map(name -> beans.findAnnotationOnBean(name, ProcessingGroup.class))
                .filter(Objects::nonNull).map(ProcessingGroup::value).sorted().toList());
    }

    LiveReadModels(List<String> models) {
        this.models = List.copyOf(models);
    }

    /** The read models' names, in alphabetical order. */
    public List<String> models() {
        return models;
    }

    /** Every projection's processing group goes to the one live processor. */
    @Bean
    static ConfigurerModule liveReadModelsShareOneProcessor() {
        return configurer -> configurer.eventProcessing().assignProcessingGroup(group -> PROCESSOR);
    }

    /** The live processor counts what it projects ({@link ProjectedEvents}). */
    @Bean
    static ConfigurerModule liveReadModelsCountProjectedEvents(MeterRegistry meters) {
        ProjectedEvents counter = new ProjectedEvents(meters);
        return configurer -> configurer.eventProcessing().registerHandlerInterceptor(PROCESSOR, configuration -> counter);
    }
}
