package pl.zmp.tracker.platform.security;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The API documents say how to sign in, so Swagger UI's "Authorize" button asks for it. */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
@EnableConfigurationProperties(SecurityProperties.class)
public class ApiDocsSecurity {

    static final String SCHEME = "signIn";

    @Bean
    OpenApiCustomizer signInScheme(SecurityProperties properties) {
        SecurityScheme scheme = properties.jwt().configured()
                ? new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                : new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("a demo user of the embedded default, e.g. coordinator / coordinator");
        return openApi -> {
            openApi.getComponents().addSecuritySchemes(SCHEME, scheme);
            openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        };
    }
}
