package pl.zmp.tracker.console;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.util.List;

/**
 * Keeps the console's context to the web, security and template auto-configurations, whatever else lies on the
 * class path. In the all-in-one the console shares its class path with both services, whose stores, Axon and
 * platform configurations must not start in the console (it has no database and no read models: it only calls
 * the APIs). Active only in a context that sets {@value #WEB_ONLY} (the console's own); others are untouched.
 */
public class WebOnlyAutoConfigurations implements AutoConfigurationImportFilter, EnvironmentAware {

    static final String WEB_ONLY = "tracker.console.web-only";
    private static final String BOOT = "org.springframework.boot.autoconfigure.";
    private static final List<String> ALLOWED = List.of(BOOT + "web.", BOOT + "http.", BOOT + "jackson.",
            BOOT + "thymeleaf.", BOOT + "security.", BOOT + "context.", BOOT + "info.", BOOT + "validation.",
            BOOT + "task.", BOOT + "ssl.", BOOT + "aop.", BOOT + "availability.", BOOT + "template.",
            BOOT + "codec.", BOOT + "admin.", BOOT + "jmx.", BOOT + "ApplicationAvailability",
            "org.springframework.boot.actuate.autoconfigure.");

    private boolean webOnly;

    @Override
    public void setEnvironment(Environment environment) {
        webOnly = environment.getProperty(WEB_ONLY, Boolean.class, false);
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String candidate = autoConfigurationClasses[i];
            matches[i] = !webOnly || candidate == null || ALLOWED.stream().anyMatch(candidate::startsWith);
        }
        return matches;
    }
}
