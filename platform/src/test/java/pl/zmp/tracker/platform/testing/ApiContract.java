package pl.zmp.tracker.platform.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A service's OpenAPI document held to what the service really answers: every request and answer a test passes to
 * {@link #check} is validated against the document with Atlassian's swagger-request-validator, and
 * {@link #assertHonoured} fails on any mismatch and on any documented operation no test exercised with a success
 * and with a refusal.
 * <p>
 * Sign-in itself is not judged here (MockMvc signs in without an Authorization header; the access matrix tests
 * prove who may call what), so the validator's "security missing" finding is ignored; nothing else is.
 */
public final class ApiContract {

    private final OpenApiInteractionValidator validator;
    /** "GET /api/things/{id}" → the statuses seen. */
    private final Map<String, Set<Integer>> exercised = new TreeMap<>();
    private final Map<String, Pattern> operations = new TreeMap<>();
    private final List<String> mismatches = Collections.synchronizedList(new ArrayList<>());

    private ApiContract(String document) {
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        OpenAPI api = new OpenAPIV3Parser().readContents(document).getOpenAPI();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet().forEach(method -> {
            String key = method.name() + " " + path;
            operations.put(key, Pattern.compile(path.replaceAll("\\{[^}]+}", "[^/]+")));
            exercised.put(key, new TreeSet<>());
        }));
    }

    /** The contract of the document a service serves (its /v3/api-docs). */
    public static ApiContract of(String document) {
        return new ApiContract(document);
    }

    /** The documented operations, as "METHOD /path/{template}". */
    public Set<String> operations() {
        return operations.keySet();
    }

    /** Validates one request and its answer against the document; remembers the operation and status. */
    public MvcResult check(MvcResult result) {
        MockHttpServletRequest request = result.getRequest();
        MockHttpServletResponse response = result.getResponse();
        String path = request.getRequestURI();
        String method = request.getMethod();
        operations.forEach((key, pattern) -> {
            if (key.startsWith(method + " ") && pattern.matcher(path).matches()) {
                synchronized (exercised) {
                    exercised.get(key).add(response.getStatus());
                }
            }
        });
        // a refusal answers a request that is wrong on purpose: only the answer is held to the document then
        ValidationReport report = response.getStatus() / 100 == 4
                ? validator.validateResponse(path, Request.Method.valueOf(method), response(response))
                : validator.validate(request(request), response(response));
        report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .forEach(message -> mismatches.add(method + " " + path + " → " + response.getStatus() + ": "
                        + message.getKey() + " " + message.getMessage()));
        return result;
    }

    /** Fails on any mismatch seen, and on any documented operation not exercised with a 2xx and with a 4xx. */
    public void assertHonoured() {
        List<String> failures = new ArrayList<>(mismatches);
        exercised.forEach((operation, statuses) -> {
            if (statuses.stream().noneMatch(status -> status / 100 == 2)) {
                failures.add(operation + ": no successful answer was checked (seen " + statuses + ")");
            }
            if (statuses.stream().noneMatch(status -> status / 100 == 4)) {
                failures.add(operation + ": no refusal was checked (seen " + statuses + ")");
            }
        });
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " contract failures:\n" + String.join("\n", failures));
        }
    }

    private static Request request(MockHttpServletRequest request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod(), request.getRequestURI());
        Collections.list(request.getHeaderNames()).forEach(name ->
                builder.withHeader(name, Collections.list(request.getHeaders(name))));
        if (request.getQueryString() != null || "GET".equals(request.getMethod())) {
            request.getParameterMap().forEach(builder::withQueryParam);
        }
        byte[] body = request.getContentAsByteArray();
        if (body != null && body.length > 0) {
            builder.withBody(new String(body, StandardCharsets.UTF_8));
        }
        return builder.build();
    }

    private static com.atlassian.oai.validator.model.Response response(MockHttpServletResponse response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.getStatus());
        response.getHeaderNames().forEach(name -> builder.withHeader(name, response.getHeaders(name)));
        if (response.getContentType() != null) {
            builder.withContentType(response.getContentType());
        }
        byte[] body = response.getContentAsByteArray();
        if (body.length > 0) {
            builder.withBody(new String(body, StandardCharsets.UTF_8));
        }
        return builder.build();
    }
}
