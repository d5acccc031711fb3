package kz.shamy.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages a failed Keycloak sign-in lands on (see {@link SignInFailures}), in the reader's language. */
@Controller
@Profile("keycloak")
class SignInProblemController {

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
