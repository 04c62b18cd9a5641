package pl.zmp.tracker.console.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import pl.zmp.tracker.console.ConsoleProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The console's only way to the data: the command API and the query API over HTTP, as the signed-in user
 * ({@link ApiCredentialsRelay}). Answers come back as plain maps and lists, so that a field the APIs add
 * changes nothing here and templates read them by name.
 */
@Component
public class TrackerApi {

    /** The query side waits for this position before answering (read your own write). */
    public static final String MIN_POSITION = "X-Min-Position";
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final RestClient commands;
    private final RestClient queries;
    private final String commandBase;
    private final String queryBase;
    private final ObjectMapper json;

    TrackerApi(RestClient.Builder builder, ConsoleProperties properties, ApiCredentialsRelay relay, ObjectMapper json) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(5_000);
        requests.setReadTimeout((int) properties.readTimeout().toMillis());
        RestClient.Builder common = builder.clone().requestFactory(requests).requestInterceptor(relay)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE + ", " + PROBLEM);
        this.commands = common.clone().baseUrl(properties.commandUrl().toString()).build();
        this.queries = common.clone().baseUrl(properties.queryUrl().toString()).build();
        this.commandBase = properties.commandUrl().toString().replaceAll("/+$", "");
        this.queryBase = properties.queryUrl().toString().replaceAll("/+$", "");
        this.json = json;
    }

    /**
     * The address of a path (with its query) already encoded by the caller: taken as it is, never encoded again
     * nor read as a URI template (a typed name like "Sołec Zdrój" or "{x}" stays what it is).
     */
    private static URI at(String base, String encodedPathAndQuery) {
        return URI.create(base + encodedPathAndQuery);
    }

    /** One JSON document of the query API, once it has caught up with {@code minPosition} (if given). */
    public Map<String, Object> read(String pathAndQuery, Long minPosition) {
        return asMap(readNode(pathAndQuery, minPosition));
    }

    /**
     * A list of the query API, whether it answers with a bare array or with a page envelope
     * ({@code {"items": [...], ...}} like {@code /api/projects}).
     */
    public List<Map<String, Object>> list(String pathAndQuery, Long minPosition) {
        JsonNode node = readNode(pathAndQuery, minPosition);
        JsonNode items = node.isArray() ? node : node.path("items");
        List<Map<String, Object>> list = new ArrayList<>();
        items.forEach(item -> list.add(asMap(item)));
        return list;
    }

    /** Every item of a list of the query API, page after page where it is paged (at most 50 pages of 100). */
    public List<Map<String, Object>> listAll(String path) {
        String separator = path.contains("?") ? "&" : "?";
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            JsonNode node = readNode(path + separator + "page=" + page + "&size=100", null);
            JsonNode items = node.isArray() ? node : node.path("items");
            items.forEach(item -> all.add(asMap(item)));
            if (node.isArray() || page + 1 >= node.path("totalPages").asInt(0)) {
                break;
            }
        }
        return all;
    }

    /** A page envelope of the query API as it is ({@code items}, {@code page}, {@code totalItems}…). */
    public Map<String, Object> page(String pathAndQuery, Long minPosition) {
        JsonNode node = readNode(pathAndQuery, minPosition);
        if (node.isArray()) {
            Document page = new Document();
            page.put("items", plain(node));
            page.put("page", 0);
            page.put("totalItems", node.size());
            page.put("totalPages", 1);
            return page;
        }
        return asMap(node);
    }

    /** A file of the query API (an export) as it comes, with its content type. */
    public Download download(String pathAndQuery) {
        return queries.get().uri(at(queryBase, pathAndQuery)).accept(MediaType.ALL).exchange((request, response) -> {
            byte[] body = readAll(response.getBody());
            if (response.getStatusCode().isError()) {
                throw new ApiProblemException(problem(response.getStatusCode(), body));
            }
            MediaType type = response.getHeaders().getContentType();
            return new Download(type == null ? MediaType.APPLICATION_OCTET_STREAM : type, body);
        });
    }

    public record Download(MediaType contentType, byte[] body) {
    }

    /** A read of the command API (the audit's verify and state at a version or date). */
    public Map<String, Object> readCommandSide(String pathAndQuery) {
        return commands.get().uri(at(commandBase, pathAndQuery)).exchange((request, response) -> {
            byte[] body = readAll(response.getBody());
            if (response.getStatusCode().isError()) {
                throw new ApiProblemException(problem(response.getStatusCode(), body));
            }
            return asMap(json.readTree(body));
        });
    }

    /**
     * Sends a command. The idempotency key makes a second submission of the same form (a double click, a
     * resend) store nothing more; the expected version, when given, refuses the command if someone else
     * changed the aggregate since the page was shown.
     */
    public CommandOutcome send(String path, Object body, String idempotencyKey, Long expectedVersion) {
        RestClient.RequestBodySpec request = commands.post().uri(at(commandBase, path)).contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (expectedVersion != null) {
            request.header(HttpHeaders.IF_MATCH, "\"" + expectedVersion + "\"");
        }
        return request.body(body == null ? Map.of() : body).exchange((req, response) -> {
            byte[] answer = readAll(response.getBody());
            if (response.getStatusCode().isError()) {
                return new CommandOutcome.Refused(problem(response.getStatusCode(), answer));
            }
            JsonNode receipt = answer.length == 0 ? json.createObjectNode() : json.readTree(answer);
            return new CommandOutcome.Stored(receipt.path("aggregateId").asText(null),
                    receipt.path("version").asLong(-1), receipt.path("globalPosition").asLong(0));
        });
    }

    /** A POST of the command API that is not a command on an aggregate (sealing, loading the seed): its JSON answer. */
    public Map<String, Object> postCommandSide(String path) {
        return post(commands, commandBase, path);
    }

    /** A POST of the query API (starting a read model's rebuild): its JSON answer. */
    public Map<String, Object> postQuerySide(String path) {
        return post(queries, queryBase, path);
    }

    private Map<String, Object> post(RestClient client, String base, String path) {
        return client.post().uri(at(base, path)).exchange((request, response) -> {
            byte[] body = readAll(response.getBody());
            if (response.getStatusCode().isError()) {
                throw new ApiProblemException(problem(response.getStatusCode(), body));
            }
            return body.length == 0 ? Map.of() : asMap(json.readTree(body));
        });
    }

    private JsonNode readNode(String pathAndQuery, Long minPosition) {
        return queries.get().uri(at(queryBase, pathAndQuery)).headers(headers -> {
            if (minPosition != null && minPosition > 0) {
                headers.set(MIN_POSITION, minPosition.toString());
            }
        }).exchange((request, response) -> {
            byte[] body = readAll(response.getBody());
            if (response.getStatusCode().isError()) {
                throw new ApiProblemException(problem(response.getStatusCode(), body));
            }
            return json.readTree(body);
        });
    }

    private ApiProblem problem(HttpStatusCode status, byte[] body) {
        JsonNode problem;
        try {
            problem = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (IOException notJson) {
            problem = json.createObjectNode();
        }
        List<ApiProblem.FieldReason> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(new ApiProblem.FieldReason(
                error.path("field").asText(null), error.path("reason").asText(null))));
        return new ApiProblem(status.value(), problem.path("code").asText(null),
                problem.path("detail").asText(problem.path("title").asText("")), fields);
    }

    private Map<String, Object> asMap(JsonNode node) {
        return node == null || !node.isObject() ? new Document() : (Document) plain(node);
    }

    /** A JSON value as maps, lists and scalars; objects as {@link Document}s. */
    private Object plain(JsonNode node) {
        if (node.isObject()) {
            Document document = new Document();
            node.properties().forEach(field -> document.put(field.getKey(), plain(field.getValue())));
            return document;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        return json.convertValue(node, Object.class);
    }

    /**
     * A JSON object whose every name reads, absent ones as null: a template asks for a field the API left out
     * (null fields are not always written) and gets nothing rather than an error.
     */
    public static final class Document extends java.util.LinkedHashMap<String, Object> {

        @Override
        public boolean containsKey(Object key) {
            return true;
        }
    }

    private static byte[] readAll(InputStream body) {
        try (body) {
            return body.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
