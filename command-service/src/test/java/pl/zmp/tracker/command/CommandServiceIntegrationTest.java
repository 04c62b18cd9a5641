package pl.zmp.tracker.command;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The whole command-service on the embedded default's event store (H2 in PostgreSQL mode), one context for all such tests. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SignedIn
@SpringBootTest(properties = {
        "spring.config.name=command-service",
        "spring.datasource.url=jdbc:h2:mem:command-tests;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa"})
@AutoConfigureMockMvc
public @interface CommandServiceIntegrationTest {
}
