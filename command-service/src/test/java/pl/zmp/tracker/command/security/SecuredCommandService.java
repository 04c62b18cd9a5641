package pl.zmp.tracker.command.security;

import org.springframework.test.context.TestPropertySource;
import pl.zmp.tracker.command.CommandServiceIntegrationTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole command-service on an event store of its own (these tests load the seed and send
 * thousands of hostile bodies), with one browser origin allowed to call it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@CommandServiceIntegrationTest
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:security-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "tracker.security.cors.allowed-origins=" + SecuredCommandService.ALLOWED_ORIGIN})
@interface SecuredCommandService {

    String ALLOWED_ORIGIN = "https://intranet.zmp.example";
}
