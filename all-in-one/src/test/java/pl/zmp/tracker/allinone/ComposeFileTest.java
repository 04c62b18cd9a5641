package pl.zmp.tracker.allinone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml checked without Docker (CI has none, so no {@code docker compose config}): valid against
 * the Compose Specification's schema, every image pinned, every file it builds from or mounts present, every
 * service it depends on declared, and Prometheus scraping each service on the port it listens on.
 */
class ComposeFileTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** name:tag with a version number in the tag (latest, stable, a bare major… are not pins). */
    static final Pattern PINNED = Pattern.compile("[a-z0-9./_-]+:[A-Za-z]*\\d+\\.\\d+[A-Za-z0-9._-]*");

    private final JsonNode compose = read("docker-compose.yml");

    @Test
    void isValidAgainstTheComposeSpecification() throws IOException {
        Set<ValidationMessage> errors = composeSchema().validate(compose);

        assertThat(errors).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesAMistake() throws IOException {
        JsonSchema schema = composeSchema();
        ObjectNode broken = compose.deepCopy();
        ((ObjectNode) broken.get("services").get("prometheus")).put("restart_policy", "always");
        ((ObjectNode) broken.get("services").get("grafana")).put("ports", "3000");

        assertThat(schema.validate(broken)).extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("restart_policy"))
                .anySatisfy(message -> assertThat(message).contains("ports"));
    }

    @Test
    void everyImageIsPinnedAndEveryBuildHasItsDockerfile() {
        services().forEach((name, service) -> {
            if (service.has("image")) {
                assertThat(service.get("image").asText()).as("image of %s", name).matches(PINNED);
            } else {
                JsonNode build = service.get("build");
                assertThat(build).as("%s has an image or a build", name).isNotNull();
                Path context = ROOT.resolve(build.get("context").asText());
                assertThat(context.resolve(build.get("dockerfile").asText())).as("Dockerfile of %s", name).isRegularFile();
                assertThat(dockerfileBaseImages(context.resolve(build.get("dockerfile").asText())))
                        .as("base images of %s", name).isNotEmpty().allMatch(image -> PINNED.matcher(image).matches());
            }
        });
    }

    @Test
    void everyMountedFileExistsAndEveryNamedVolumeIsDeclared() {
        services().forEach((name, service) -> {
            if (!service.has("volumes")) {
                return;
            }
            service.get("volumes").forEach(volume -> {
                String source = volume.asText().split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(ROOT.resolve(source)).as("%s mounts %s", name, source).exists();
                } else {
                    assertThat(compose.get("volumes").has(source)).as("%s uses volume %s", name, source).isTrue();
                }
            });
        });
    }

    @Test
    void everyDependencyIsAService() {
        services().forEach((name, service) -> {
            if (service.has("depends_on")) {
                List<String> dependencies = new ArrayList<>();
                if (service.get("depends_on").isArray()) {
                    service.get("depends_on").forEach(dependency -> dependencies.add(dependency.asText()));
                } else {
                    service.get("depends_on").fieldNames().forEachRemaining(dependencies::add);
                }
                assertThat(dependencies).as("dependencies of %s", name).allMatch(compose.get("services")::has);
            }
        });
    }

    @Test
    void prometheusScrapesBothServicesOnThePortsTheyPublish() {
        JsonNode prometheus = read("monitoring/prometheus/prometheus.yml");
        Map<String, String> targets = new TreeMap<>();
        prometheus.get("scrape_configs").forEach(job -> {
            assertThat(job.get("metrics_path").asText()).isEqualTo("/actuator/prometheus");
            job.get("static_configs").forEach(config -> config.get("targets")
                    .forEach(target -> targets.put(job.get("job_name").asText(), target.asText())));
        });
        assertThat(targets).containsEntry("command-service", "command-service:8081")
                .containsEntry("query-service", "query-service:8082");
        targets.values().forEach(target -> {
            String[] hostPort = target.split(":");
            JsonNode service = compose.get("services").get(hostPort[0]);
            assertThat(service).as("scraped service %s", hostPort[0]).isNotNull();
            assertThat(service.get("ports").toString()).contains(":" + hostPort[1] + "\"");
        });
        // the rule file it loads is the one mounted
        assertThat(prometheus.get("rule_files").get(0).asText()).isEqualTo("/etc/prometheus/alert-rules.yml");
        assertThat(compose.get("services").get("prometheus").get("volumes").toString())
                .contains("./monitoring/prometheus/alert-rules.yml:/etc/prometheus/alert-rules.yml");
    }

    @Test
    void aVariableLoadsTheSeed() {
        JsonNode environment = compose.get("services").get("command-service").get("environment");
        assertThat(environment.get("TRACKER_SEED_LOAD_ON_START").asText()).isEqualTo("${TRACKER_LOAD_SEED:-false}");
    }

    /** The vendored schema, read as draft 7 (it names its meta-schema in a form the validator does not look up). */
    private static JsonSchema composeSchema() throws IOException {
        JsonNode schemaJson;
        try (InputStream in = ComposeFileTest.class.getResourceAsStream("/compose-spec/compose-spec.json")) {
            schemaJson = new ObjectMapper().readTree(in);
        }
        ((ObjectNode) schemaJson).remove("$schema");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(SchemaLocation.of("classpath:compose-spec/compose-spec.json"), schemaJson);
    }

    private Map<String, JsonNode> services() {
        Map<String, JsonNode> services = new TreeMap<>();
        compose.get("services").fields().forEachRemaining(entry -> services.put(entry.getKey(), entry.getValue()));
        assertThat(services).containsKeys("postgres", "mongo", "command-service", "query-service", "prometheus", "grafana");
        return services;
    }

    private static List<String> dockerfileBaseImages(Path dockerfile) {
        try {
            List<String> images = new ArrayList<>();
            Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(Files.readString(dockerfile));
            while (from.find()) {
                images.add(from.group(1));
            }
            return images;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String path) {
        try {
            return YAML.readTree(ROOT.resolve(path).toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
