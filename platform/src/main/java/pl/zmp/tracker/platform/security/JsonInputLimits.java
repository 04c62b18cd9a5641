package pl.zmp.tracker.platform.security;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Bounds what a request body may make the JSON parser do: nesting, string and number length, repeated keys. A body
 * beyond them is refused as malformed (400) before any of it is bound.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
public class JsonInputLimits {

    public static final int MAX_NESTING_DEPTH = 32;
    public static final int MAX_STRING_LENGTH = 100_000;
    public static final int MAX_NUMBER_LENGTH = 100;

    @Bean
    Jackson2ObjectMapperBuilderCustomizer jsonInputLimits() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build();
        // a repeated key is refused as malformed rather than left to whichever binding sees it last
        return builder -> builder.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(limits));
    }
}
