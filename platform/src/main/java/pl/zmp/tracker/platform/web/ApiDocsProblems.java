package pl.zmp.tracker.platform.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API documents declare what really answers: every refusal and failure as RFC 9457 application/problem+json
 * with the {@code Problem} schema, and every property a response may leave empty as nullable.
 * <p>
 * Every operation may answer 400 (an invalid or unknown parameter), 401, 403 and 500; one with a path variable
 * also 404; a service adds its own statuses ({@link ServiceProblems}). A property is nullable unless it is a
 * primitive (never null) or the schema lists it as required.
 */
// before springdoc, which takes property customizers only if they exist when its own configuration is read
@AutoConfiguration(beforeName = "org.springdoc.core.configuration.SpringDocConfiguration")
@ConditionalOnClass(OpenApiCustomizer.class)
public class ApiDocsProblems {

    public static final String PROBLEM = "Problem";
    public static final String PROBLEM_JSON = "application/problem+json";

    /**
     * Statuses a service answers beyond the common ones, status → description: on every operation, on every POST,
     * and on single operations (key "status operationId").
     */
    public record ServiceProblems(Map<String, String> everywhere, Map<String, String> onPost,
                                  Map<String, String> byOperationId) {
    }

    private static final Map<String, String> COMMON = Map.of(
            "400", "Invalid request: errors[].field names each parameter or field at fault with its reason "
                    + "(also for a parameter the operation does not take)",
            "401", "Not signed in, or the credentials are invalid (code INVALID_TOKEN for a refused token)",
            "403", "Signed in without the role this operation needs",
            "500", "The request failed unexpectedly; it has been logged",
            "503", "Unavailable for now, nothing was done; try again after Retry-After "
                    + "(code IDENTITY_PROVIDER_UNAVAILABLE when no signing keys can be had)");

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    OpenApiCustomizer problemResponses(org.springframework.beans.factory.ObjectProvider<ServiceProblems> services) {
        return openApi -> {
            openApi.getComponents().addSchemas("FieldProblem", new ObjectSchema()
                    .addProperty("field", new StringSchema().nullable(true)
                            .description("the parameter or field at fault; absent for the request as a whole"))
                    .addProperty("reason", new StringSchema())
                    .required(List.of("reason")));
            openApi.getComponents().addSchemas(PROBLEM, new ObjectSchema()
                    .description("RFC 9457 problem details")
                    .addProperty("type", new StringSchema().example("about:blank"))
                    .addProperty("title", new StringSchema().example("Invalid request"))
                    .addProperty("status", new IntegerSchema().example(400))
                    .addProperty("detail", new StringSchema().nullable(true).example("size: must be less than or equal to 100"))
                    .addProperty("instance", new StringSchema().nullable(true).example("/api/municipalities"))
                    .addProperty("code", new StringSchema().nullable(true)
                            .description("machine-readable reason of a 409, 422 or 503, e.g. DUPLICATE_CODE, "
                                    + "PROJECT_ENDED, PROJECTIONS_BEHIND"))
                    .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
                            .description("with 400: each parameter or field at fault"))
                    .required(List.of("title", "status")));
            List<ServiceProblems> extra = services.orderedStream().toList();
            if (openApi.getPaths() != null) {
                openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    Map<String, String> statuses = new TreeMap<>(COMMON);
                    if (path.contains("{")) {
                        statuses.put("404", "Not found: no such resource (yet)");
                    }
                    for (ServiceProblems service : extra) {
                        statuses.putAll(service.everywhere());
                        if (method == PathItem.HttpMethod.POST) {
                            statuses.putAll(service.onPost());
                        }
                        service.byOperationId().forEach((key, description) -> {
                            String[] statusAndId = key.split(" ", 2);
                            if (statusAndId[1].equals(operation.getOperationId())) {
                                statuses.put(statusAndId[0], description);
                            }
                        });
                    }
                    addProblems(operation, statuses);
                }));
            }
            if (openApi.getComponents().getSchemas() != null) {
                Map<String, Schema> schemas = openApi.getComponents().getSchemas();
                schemas.forEach((name, schema) -> markNullable(schema, schemas));
            }
        };
    }

    /** Marks properties of a Java primitive type, which are never null, before the documents are finished. */
    @Bean
    PropertyCustomizer primitivesAreNeverNull() {
        return (property, type) -> {
            Type javaType = type.getType();
            Class<?> raw = javaType instanceof JavaType jackson ? jackson.getRawClass()
                    : javaType instanceof Class<?> plain ? plain : null;
            if (raw != null && raw.isPrimitive() && property != null) {
                property.setNullable(false);
            }
            return property;
        };
    }

    private static void addProblems(Operation operation, Map<String, String> statuses) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        statuses.forEach((status, description) -> {
            ApiResponse response = operation.getResponses().get(status);
            if (response == null) {
                response = new ApiResponse().description(description);
                operation.getResponses().addApiResponse(status, response);
            }
            // an error answer is always a problem, whatever springdoc guessed from the handler's return type
            response.setContent(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
        });
    }

    /** Properties of our records may be null unless they are primitives (then always present) or required. */
    private static void markNullable(Schema<?> schema, Map<String, Schema> schemas) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            if (isPrimitive(property)) {
                property.setNullable(null);
                if (schema.getRequired() == null || !schema.getRequired().contains(name)) {
                    schema.addRequiredItem(name);
                }
                return;
            }
            if (schema.getRequired() != null && schema.getRequired().contains(name)) {
                return;
            }
            if (property.get$ref() != null) {
                // OpenAPI 3.0 ignores siblings of $ref (and validators refuse null for an allOf of it): the
                // referenced schema itself says that it may be null where it is used
                Schema<?> target = schemas.get(property.get$ref().substring(property.get$ref().lastIndexOf('/') + 1));
                if (target != null) {
                    target.setNullable(true);
                }
                return;
            }
            property.setNullable(true);
        });
    }

    /** Marked by {@link #primitivesAreNeverNull()}. */
    private static boolean isPrimitive(Schema<?> property) {
        return Boolean.FALSE.equals(property.getNullable());
    }
}
