package pl.zmp.tracker.command.infra;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Arrays;

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
