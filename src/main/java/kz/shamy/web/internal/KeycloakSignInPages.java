package kz.shamy.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Keycloak mode's sign-in pages: {@code /login} goes straight to Keycloak's login page (through the same
 * check that Keycloak answers as any sign-in), and the pages a failed sign-in lands on (see
 * {@link SignInFailures}), in the reader's language.
 */
@Controller
@Profile("keycloak")
class KeycloakSignInPages {

    /** Where Spring Security starts a Keycloak sign-in. */
    static final String KEYCLOAK_SIGN_IN = "/oauth2/authorization/keycloak";

    @GetMapping("/login")
    String login() {
        return "redirect:" + KEYCLOAK_SIGN_IN;
    }

    @GetMapping(SignInFailures.UNAVAILABLE)
    String unavailable(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        model.addAttribute("problem", "unavailable");
        return "sign-in-problem";
    }

    @GetMapping(SignInFailures.FAILED)
    String failed(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        model.addAttribute("problem", "failed");
        return "sign-in-problem";
    }
}
