package pl.zmp.tracker.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo users both services import (tracker-security.yml): one per role and one with all, none in the prod profile. */
class DemoUsersConfigurationTest {

    @Test
    void embeddedDefaultHasADemoUserPerRoleAndAnAdminWithAllWhosePasswordIsTheirName() throws Exception {
        List<PropertySource<?>> documents = documents();
        SecurityProperties security = bind(documents.get(0));

        assertThat(security.users()).extracting(SecurityProperties.User::name)
                .containsExactly("coordinator", "auditor", "viewer", "operator", "admin");
        assertThat(security.users()).filteredOn(u -> u.name().equals("admin"))
                .singleElement().extracting(SecurityProperties.User::roles).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.collection(Role.class))
                .containsExactlyInAnyOrder(Role.values());
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        security.users().forEach(user -> assertThat(bcrypt.matches(user.name(), user.passwordHash()))
                .as(user.name()).isTrue());
        assertThat(security.maxBodySize().toKilobytes()).isEqualTo(64);
        assertThat(security.cors().allowedOrigins()).isEmpty();
    }

    @Test
    void prodProfileHasNoDemoUsers() throws Exception {
        List<PropertySource<?>> documents = documents();
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(documents.get(0));
        environment.getPropertySources().addFirst(documents.get(1));

        SecurityProperties security = new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("tracker.security", SecurityProperties.class);

        assertThat(security.users()).isEmpty();
        assertThat(security.jwt().rolesClaim()).isEqualTo("roles");
    }

    private static List<PropertySource<?>> documents() throws Exception {
        return new YamlPropertySourceLoader().load("tracker-security.yml", new ClassPathResource("tracker-security.yml"));
    }

    private static SecurityProperties bind(PropertySource<?> source) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(source);
        return new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("tracker.security", SecurityProperties.class);
    }
}
