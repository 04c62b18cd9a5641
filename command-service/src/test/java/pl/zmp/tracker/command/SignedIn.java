package pl.zmp.tracker.command;

import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import pl.zmp.tracker.command.infra.CommandAccessRules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every request and command of the test is sent by {@link #USER}, who holds every role; the
 * command-service route rules apply (also in a {@code @WebMvcTest} slice, which does not scan them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@WithMockUser(username = SignedIn.USER, roles = {"COORDINATOR", "AUDITOR", "VIEWER", "ADMIN"})
@Import(CommandAccessRules.class)
public @interface SignedIn {

    String USER = "tester";
}
