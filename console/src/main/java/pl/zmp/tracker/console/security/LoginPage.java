package pl.zmp.tracker.console.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page: the form on the embedded default, a link to the identity provider with OpenID Connect. */
@Controller
class LoginPage {

    private final ObjectProvider<ClientRegistrationRepository> oidc;

    LoginPage(ObjectProvider<ClientRegistrationRepository> oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(Model model) {
        if (oidc.getIfAvailable() != null) {
            model.addAttribute("oidc", ConsoleSecurity.OIDC_SIGN_IN);
        }
        return "login";
    }
}
