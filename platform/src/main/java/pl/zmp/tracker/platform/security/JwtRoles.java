package pl.zmp.tracker.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A token's user: named by its subject ({@code sub}, stable at the identity provider; see {@link TokenSubject}
 * for its display name), with the roles of the configured claim; a role this application does not know is ignored.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String rolesClaim;

    JwtRoles(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        return new JwtAuthenticationToken(jwt, authorities(jwt.getClaims().get(rolesClaim)), jwt.getSubject());
    }

    private static Collection<GrantedAuthority> authorities(Object claim) {
        Stream<String> values;
        if (claim instanceof Collection<?> list) {
            values = list.stream().map(String::valueOf);
        } else if (claim instanceof String text) {
            values = Arrays.stream(text.split("[\\s,]+"));
        } else {
            values = Stream.empty();
        }
        List<String> known = Arrays.stream(Role.values()).map(Role::name).toList();
        return values.map(v -> v.strip().toUpperCase(Locale.ROOT))
                .map(v -> v.startsWith("ROLE_") ? v.substring(5) : v)
                .filter(known::contains)
                .distinct()
                .<GrantedAuthority>map(v -> new SimpleGrantedAuthority("ROLE_" + v))
                .toList();
    }
}
