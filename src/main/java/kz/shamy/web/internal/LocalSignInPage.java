package kz.shamy.web.internal;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Local mode's sign-in form (the keycloak profile sends people to Keycloak instead: {@link KeycloakSignInPages}). */
@Controller
@Profile("!keycloak")
class LocalSignInPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
