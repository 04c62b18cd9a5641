package pl.zmp.tracker.command.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import pl.zmp.tracker.command.axon.CommandOptions;
import pl.zmp.tracker.platform.web.ApiDocsProblems;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;
import java.util.Map;

/** OpenAPI description of the command API, with the headers every command endpoint understands. */
@Configuration(proxyBeanMethods = false)
class CommandApiDocumentation {

    @Bean
    OpenAPI commandApi() {
        return new OpenAPI().info(new Info()
                .title("ZMP project tracker: commands")
                .version("1")
                .description("Coordinators log what happens. Every accepted command answers with the aggregate id, "
                        + "its new version (also the ETag) and the global position of its last event. Refusals are "
                        + "RFC 9457 problem+json: 400 names the field, 409/422 carry a machine-readable code."));
    }

    /** What a command may answer beyond the statuses every operation has. */
    @Bean
    ApiDocsProblems.ServiceProblems commandProblems() {
        return new ApiDocsProblems.ServiceProblems(
                Map.of("503", "Nothing was stored; send it again after Retry-After: STORE_UNAVAILABLE, AGGREGATE_BUSY, "
                        + "IDENTITY_PROVIDER_UNAVAILABLE; or OUTCOME_UNKNOWN (with aggregateId and eventId): retry "
                        + "with the same Idempotency-Key to learn the outcome"),
                Map.of("409", "Conflict with the stored state, nothing written: code STALE_VERSION (If-Match), "
                                + "ALREADY_EXISTS, DUPLICATE_CODE… (see the operation)",
                        "413", "The body is larger than tracker.security.max-body-size",
                        "415", "The body is not application/json",
                        "422", "A rule of the domain refused the command, nothing written: code as listed in the "
                                + "operation, or IDEMPOTENCY_KEY_REUSED"),
                Map.of());
    }

    @Bean
    OperationCustomizer commandHeaders() {
        return (operation, handlerMethod) -> {
            boolean takesOptions = Arrays.stream(handlerMethod.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType() == CommandOptions.class);
            if (takesOptions) {
                operation.addParametersItem(new HeaderParameter().name(CommandOptionsResolver.IF_MATCH)
                        .description("the version (ETag) the command expects the aggregate to be at; 409 STALE_VERSION if it moved on")
                        .schema(new StringSchema().example("\"3\"")));
                operation.addParametersItem(new HeaderParameter().name(CommandOptionsResolver.IDEMPOTENCY_KEY)
                        .description("makes retries safe: a repeated key answers with the first outcome and writes nothing")
                        .schema(new StringSchema().example("7d0b5e0c-3e1b-4a53-9a43-2f0f8c7b9a11")));
            }
            return operation;
        };
    }
}
