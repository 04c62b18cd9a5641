package pl.zmp.tracker.command.axon;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import pl.zmp.tracker.command.CommandServiceApplication;
import pl.zmp.tracker.platform.testing.TestPostgres;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Command-service instances on real HTTP ports sharing one PostgreSQL event store in a schema of
 * their own (dropped on close), as when the service is scaled out.
 */
final class CommandServiceInstances implements AutoCloseable {

    private final String schema;
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private final List<String> baseUrls = new ArrayList<>();

    private CommandServiceInstances(String schema) {
        this.schema = schema;
    }

    static CommandServiceInstances start(int count, String schemaPrefix) {
        CommandServiceInstances instances = new CommandServiceInstances(
                schemaPrefix + "_" + UUID.randomUUID().toString().replace("-", ""));
        for (int i = 0; i < count; i++) {
            // as command-line arguments: they take precedence over command-service.yml
            ConfigurableApplicationContext context = CommandServiceApplication.builder().run(
                    "--server.port=0",
                    "--spring.datasource.url=" + TestPostgres.url() + "?currentSchema=" + instances.schema,
                    "--spring.datasource.username=" + TestPostgres.user(),
                    "--spring.datasource.password=" + TestPostgres.password(),
                    "--spring.flyway.schemas=" + instances.schema);
            instances.contexts.add(context);
            instances.baseUrls.add("http://localhost:"
                    + ((WebServerApplicationContext) context).getWebServer().getPort());
        }
        return instances;
    }

    /** Client i talks to instance i mod the number of instances. */
    String baseUrl(int client) {
        return baseUrls.get(client % baseUrls.size());
    }

    /** Straight to the shared schema: what is really stored. */
    JdbcTemplate store() {
        return new JdbcTemplate(new DriverManagerDataSource(
                TestPostgres.url() + "?currentSchema=" + schema, TestPostgres.user(), TestPostgres.password()));
    }

    @Override
    public void close() {
        contexts.forEach(ConfigurableApplicationContext::close);
        TestPostgres.dropSchema(schema);
    }
}
