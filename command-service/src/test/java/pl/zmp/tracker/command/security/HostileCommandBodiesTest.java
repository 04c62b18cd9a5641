package pl.zmp.tracker.command.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Thousands of malformed and adversarial bodies, sent to every command endpoint Spring MVC maps
 * (wrong types, huge strings, deep nesting, Unicode tricks, nulls, unknown fields, numbers out of
 * range, impossible dates and amounts, broken JSON, bad path ids): each is refused with a 4xx
 * problem+json, never a 5xx, and not one event is written. The corpus comes from a fixed seed, so
 * a failure replays exactly.
 */
@SecuredCommandService
class HostileCommandBodiesTest {

    private static final long SEED = 20_260_415L;
    private static final int BODIES_PER_ENDPOINT = 110;
    private static final Duration TIME_BOX = Duration.ofMinutes(2);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(SEED);

    @Test
    void everyHostileCommandIsRefusedAsAProblemAndWritesNothing() throws Exception {
        List<Endpoint> endpoints = commandEndpoints();
        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(30);
        Instant deadline = Instant.now().plus(TIME_BOX);
        int sent = 0;
        for (Endpoint endpoint : endpoints) {
            for (int i = 0; i < BODIES_PER_ENDPOINT; i++) {
                assertThat(Instant.now()).as("the fuzz run must stay within its time box").isBefore(deadline);
                sendAndExpectRefusal(endpoint, hostileBody(endpoint), hostilePath(endpoint));
                sent++;
            }
        }
        assertThat(sent).isGreaterThanOrEqualTo(3_000);
    }

    private void sendAndExpectRefusal(Endpoint endpoint, Body body, String path) throws Exception {
        long events = count("domain_event_entry");
        long claims = count("unique_claim");
        MvcResult result = mvc.perform(post(path).contentType(body.contentType()).content(body.bytes())).andReturn();
        int status = result.getResponse().getStatus();
        String what = endpoint.path() + " -> " + path + " with " + body.describe() + ": " + status + " "
                + result.getResponse().getContentAsString();
        assertThat(status).as(what).isBetween(400, 499);
        assertThat(isProblem(result)).as(what).isTrue();
        JsonNode problem = json.readTree(result.getResponse().getContentAsByteArray());
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
        assertThat(count("domain_event_entry")).as(what).isEqualTo(events);
        assertThat(count("unique_claim")).as(what).isEqualTo(claims);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    // ---- the endpoints and what their bodies look like

    record Endpoint(String path, Class<?> bodyType) {
    }

    private List<Endpoint> commandEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : handlerMapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            boolean isPost = info.getMethodsCondition().getMethods().stream()
                    .anyMatch(m -> m.name().equals(HttpMethod.POST.name()));
            for (String path : info.getPatternValues()) {
                if (isPost && path.startsWith("/api/") && !path.startsWith("/api/admin/")
                        && !path.startsWith("/api/audit/")) {
                    endpoints.add(new Endpoint(path, bodyType(entry.getValue())));
                }
            }
        }
        endpoints.sort((a, b) -> a.path().compareTo(b.path()));
        return endpoints;
    }

    private static Class<?> bodyType(HandlerMethod method) {
        for (MethodParameter parameter : method.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return parameter.getParameterType();
            }
        }
        return null;
    }

    /** A well-formed body of the endpoint's type, naming aggregates that do not exist. */
    private JsonNode template(Type type, String name, int depth) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == null || depth > 4) {
            return NODES.nullNode();
        }
        if (raw.isRecord()) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent component : raw.getRecordComponents()) {
                object.set(component.getName(), template(component.getGenericType(), component.getName(), depth + 1));
            }
            return object;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
            return NODES.arrayNode().add(template(element, name, depth + 1));
        }
        if (raw.isEnum()) {
            return NODES.textNode(((Enum<?>) raw.getEnumConstants()[0]).name());
        }
        if (raw == LocalDate.class) {
            return NODES.textNode("2026-01-0" + (1 + random.nextInt(9)));
        }
        if (raw == OffsetDateTime.class || raw == Instant.class) {
            return NODES.textNode("2026-04-17T23:59:59+02:00");
        }
        if (raw == BigDecimal.class || Number.class.isAssignableFrom(raw) || raw.isPrimitive() && raw != boolean.class) {
            return NODES.numberNode(1 + random.nextInt(5));
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return NODES.booleanNode(random.nextBoolean());
        }
        if (name.toLowerCase().endsWith("id")) {
            return NODES.textNode(UUID.randomUUID().toString());
        }
        if (name.equals("currency")) {
            return NODES.textNode("PLN");
        }
        if (name.equals("country")) {
            return NODES.textNode("PL");
        }
        return NODES.textNode("Fuzz " + random.nextInt(1000));
    }

    // ---- hostile bodies

    record Body(String describe, byte[] bytes, MediaType contentType) {
    }

    private Body hostileBody(Endpoint endpoint) throws Exception {
        JsonNode base = endpoint.bodyType() == null ? NODES.objectNode() : template(endpoint.bodyType(), "", 0);
        int kind = random.nextInt(12);
        return switch (kind) {
            case 0, 1, 2, 3, 4, 5 -> {
                JsonNode mutated = base.deepCopy();
                String field = mutateSomeField(mutated);
                yield body("field " + field, json.writeValueAsBytes(mutated));
            }
            case 6 -> {
                ObjectNode extra = objectOrEmpty(base.deepCopy());
                String name = pick("actor", "__proto__", "$where", "constructor", "metadata", "x".repeat(300), "");
                extra.set(name, pickValue());
                yield body("unknown field " + abbreviate(name), json.writeValueAsBytes(extra));
            }
            case 7 -> body("deep nesting", deepNesting(33 + random.nextInt(5000)));
            case 8 -> body("oversized body", ("{\"name\":\"" + "A".repeat(65_536 + random.nextInt(50_000)) + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
            case 9 -> malformed(json.writeValueAsString(base));
            case 10 -> body("not an object", pick("[]", "\"text\"", "42", "null", "true", "[{}]", "{}", "")
                    .getBytes(StandardCharsets.UTF_8));
            default -> wrongContentType(json.writeValueAsBytes(base));
        };
    }

    private static Body body(String describe, byte[] bytes) {
        return new Body(describe, bytes, MediaType.APPLICATION_JSON);
    }

    private Body wrongContentType(byte[] bytes) {
        MediaType type = pick(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.APPLICATION_FORM_URLENCODED,
                MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_OCTET_STREAM);
        return new Body("content type " + type, bytes, type);
    }

    /** Replaces one value somewhere in the body with something it must not be; answers its name. */
    private String mutateSomeField(JsonNode body) {
        List<ObjectNode> parents = new ArrayList<>();
        collectObjects(body, parents);
        if (parents.isEmpty()) {
            return "(none)";
        }
        ObjectNode parent = parents.get(random.nextInt(parents.size()));
        List<String> names = new ArrayList<>();
        parent.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            parent.set("unexpected", pickValue());
            return "unexpected";
        }
        String name = names.get(random.nextInt(names.size()));
        JsonNode hostile = hostileValue(parent.get(name));
        parent.set(name, hostile);
        return name + " = " + abbreviate(hostile.toString());
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> into) {
        if (node instanceof ObjectNode object) {
            into.add(object);
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            collectObjects(it.next(), into);
        }
    }

    private JsonNode hostileValue(JsonNode original) {
        List<Function<JsonNode, JsonNode>> choices = List.of(
                o -> NODES.nullNode(),
                o -> pickValue(),
                o -> NODES.textNode(""),
                o -> NODES.textNode("   \t\n  "),
                o -> NODES.textNode("x".repeat(1_000 + random.nextInt(40_000))),
                o -> NODES.textNode(pick("\u0000", "\uD800", "\uDFFF x", "a\u202Eevil", "\u200B\u200B", "\uFEFF",
                        "Zdro\u0301j", "😀".repeat(500), "\u0007bell", "<script>alert(1)</script>",
                        "'; drop table domain_event_entry; --", "{\"$gt\":\"\"}", "%00", "../../etc/passwd")),
                o -> NODES.numberNode(pick(new BigDecimal("1e309"), new BigDecimal("-1"),
                        new BigDecimal("99999999999999999999999999"), new BigDecimal("1e-400"),
                        new BigDecimal("0.001"), new BigDecimal("-2147483649"), new BigDecimal("9223372036854775808"))),
                o -> NODES.textNode(pick("2026-02-30", "2026-13-01", "+999999999-12-31", "2026-01-01T25:00",
                        "0000-00-00", "1.1.2026", "2026-04-17T23:59:59", "yesterday", "2026-04-17T23:59:59+25:00")),
                o -> NODES.textNode(pick("abc", "-1", "1.001", "1e400", "NaN", "Infinity", "PLN", "pln", "XXX1", "€")),
                o -> NODES.objectNode().put("amount", pick("abc", "-5", "1.001", "1e20")).put("currency", pick("pln", "ZZZ", "")),
                o -> NODES.arrayNode().add(o).add(o),
                o -> NODES.objectNode().set("value", o),
                o -> NODES.textNode(UUID.randomUUID().toString().toUpperCase() + "-"),
                o -> NODES.booleanNode(true));
        return choices.get(random.nextInt(choices.size())).apply(original);
    }

    private JsonNode pickValue() {
        return pick(NODES.numberNode(-1), NODES.booleanNode(false), NODES.arrayNode(), NODES.objectNode(),
                NODES.textNode("😀"), NODES.nullNode(), NODES.numberNode(1.5e300), NODES.textNode("x".repeat(5_000)));
    }

    private static ObjectNode objectOrEmpty(JsonNode node) {
        return node instanceof ObjectNode object ? object : NODES.objectNode();
    }

    private byte[] deepNesting(int depth) {
        boolean arrays = random.nextBoolean();
        StringBuilder text = new StringBuilder("{\"name\":");
        text.append((arrays ? "[" : "{\"a\":").repeat(depth)).append("1");
        text.append((arrays ? "]" : "}").repeat(depth)).append('}');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Body malformed(String valid) {
        List<String> variants = List.of(
                valid.substring(0, random.nextInt(Math.max(1, valid.length()))),
                valid.replace("\"", "'"),
                valid.replaceFirst("}$", ",}"),
                "/* comment */" + valid,
                valid + valid,
                valid.replaceFirst("\\{", "{\"name\":1,\"name\":"),
                "\uFEFF" + valid,
                valid.replace(":", "=").replaceFirst("\\{", "{ "),
                "{\"name\":\"unterminated",
                "{\"name\":\"\\uZZZZ\"}",
                "{\"name\":01}",
                "{\"name\":NaN}");
        String variant = variants.get(random.nextInt(variants.size()));
        byte[] bytes = random.nextInt(6) == 0
                ? new byte[]{'{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}
                : variant.getBytes(StandardCharsets.UTF_8);
        return body("malformed " + abbreviate(new String(bytes, StandardCharsets.UTF_8)), bytes);
    }

    /** The endpoint's path with each variable a well-formed unknown id, or something that is no id at all. */
    private String hostilePath(Endpoint endpoint) {
        String path = endpoint.path();
        while (path.contains("{")) {
            String value = random.nextInt(4) == 0
                    ? pick("not-a-uuid", "%2e%2e", "%00", "x".repeat(1_000), "00000000-0000-0000-0000-00000000000G",
                    "%F0%9F%98%80", "' or 1=1 --")
                    : UUID.randomUUID().toString();
            path = path.replaceFirst("\\{[^}]+}", Matcher.quoteReplacement(value));
        }
        return path;
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…(" + text.length() + ")";
    }

    static boolean isProblem(MvcResult result) {
        String type = result.getResponse().getContentType();
        return type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(type));
    }
}
