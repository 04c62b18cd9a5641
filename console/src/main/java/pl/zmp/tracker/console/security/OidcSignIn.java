package pl.zmp.tracker.console.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * OpenID Connect sign-in: the user the provider vouches for (ID token and userinfo, checked by Spring Security),
 * shown by the claim the registration names ({@code user-name-attribute}, {@code preferred_username} by default),
 * with the roles the APIs grant the user's access token ({@link ApiRoles}: the same roles claim the APIs read).
 */
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final ApiRoles roles;

    OidcSignIn(ApiRoles roles) {
        this.roles = roles;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user;
        try {
            user = provider.loadUser(request);
        } catch (IllegalArgumentException noNameClaim) {
            // the claim named as the user's name (user-name-attribute) is in neither the ID token nor userinfo
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                    noNameClaim.getMessage(), null), noNameClaim);
        }
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.addAll(roles.of("Bearer " + request.getAccessToken().getTokenValue()));
        String nameClaim = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint()
                .getUserNameAttributeName();
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(),
                StringUtils.hasText(nameClaim) ? nameClaim : IdTokenClaimNames.SUB);
    }
}
