package kz.shamy.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal that reaches the servlet container's error page (Camunda's webapp security refusing Tasklist to someone
 * whose role has no use for it, Spring Security refusing a page) is Shamy's problem page in the reader's language,
 * not Spring Boot's "Whitelabel Error Page". Only browsers asking for HTML get here; the APIs keep their JSON.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status != HttpStatus.FORBIDDEN) {
            return null;
        }
        return new ModelAndView("problem", Map.of("problem", "forbidden"), status);
    }
}
