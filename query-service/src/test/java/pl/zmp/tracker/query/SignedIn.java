package pl.zmp.tracker.query;

import org.springframework.boot.test.autoconfigure.web.servlet.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import pl.zmp.tracker.query.web.QueryAccessRules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every request and command of the test is sent by {@link #USER}, who holds every role, unless a
 * request says otherwise ({@code .with(anonymous())}, {@code .with(httpBasic(...))}); the query-service
 * route rules apply (also in a {@code @WebMvcTest} slice, which does not scan them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@WithMockUser(username = SignedIn.USER, roles = {"COORDINATOR", "AUDITOR", "VIEWER", "ADMIN"})
@Import({QueryAccessRules.class, SignedIn.EveryRequest.class})
public @interface SignedIn {

    String USER = "tester";

    /** An Authorization header for requests over real HTTP: the embedded default's demo viewer. */
    String VIEWER_AUTHORIZATION = "Basic dmlld2VyOnZpZXdlcg==";

    /** MockMvc requests made on other threads (an Awaitility poll) are signed in as well. */
    class EveryRequest implements MockMvcBuilderCustomizer {

        @Override
        public void customize(ConfigurableMockMvcBuilder<?> builder) {
            builder.defaultRequest(get("/").with(user(USER).roles("COORDINATOR", "AUDITOR", "VIEWER", "ADMIN")));
        }
    }
}
