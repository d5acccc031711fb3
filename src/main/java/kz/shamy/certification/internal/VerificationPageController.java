package kz.shamy.certification.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page a certificate's QR code opens, for anyone (an employer, a school): valid or revoked, the
 * holder's name and the programme, nothing else. Unknown codes are a 404; each address may try only so many codes
 * ({@link VerificationThrottle}), then gets a 429 with Retry-After.
 */
@Controller
class VerificationPageController {

    private final CertificateRegister register;
    private final VerificationThrottle throttle;

    VerificationPageController(CertificateRegister register, VerificationThrottle throttle) {
        this.register = register;
        this.throttle = throttle;
    }

    @GetMapping("/verify/{code}")
    String verify(@PathVariable String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        // a verification page is nobody's business to index
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        Optional<Duration> wait = throttle.take(request.getRemoteAddr());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
            model.addAttribute("retryAfterSeconds", seconds);
            return "verify-busy";
        }
        Optional<CertificateStanding> standing = register.standing(code);
        if (standing.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "verify-unknown";
        }
        model.addAttribute("standing", standing.get());
        return "verify";
    }
}
