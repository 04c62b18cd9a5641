package pl.zmp.tracker.console;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The web console: server-rendered pages that are a client of the command and query APIs, nothing more. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConsoleApplication {

    /** Its configuration file, {@code console.yml}, named so it can share a process with both services. */
    public static final String CONFIG_NAME = "console";

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ConsoleApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME, WebOnlyAutoConfigurations.WEB_ONLY + "=true");
    }
}
