package pl.zmp.tracker.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The write side: accepts commands, enforces the rules, appends events. */
@SpringBootApplication
public class CommandServiceApplication {

    /** Its configuration file, {@code command-service.yml}, named so it can share a process with the query side. */
    public static final String CONFIG_NAME = "command-service";

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        return new SpringApplicationBuilder(CommandServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }
}
