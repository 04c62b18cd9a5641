package pl.zmp.tracker.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The read side: projects the event store into MongoDB read models and answers queries. */
@SpringBootApplication
public class QueryServiceApplication {

    /** Its configuration file, {@code query-service.yml}, named so it can share a process with the write side. */
    public static final String CONFIG_NAME = "query-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        return new SpringApplicationBuilder(QueryServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }
}
