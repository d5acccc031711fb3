package kz.shamy.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import kz.shamy.shared.Forbidden;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on one of Shamy's pages (a report or a project that is not there, or not the reader's) is answered
 * with a page in the reader's language, not the API's JSON problem. Only handlers that render views are
 * concerned; {@code /api} keeps its problem details ({@link ProblemDetailsAdvice}).
 */
@Component
class PageProblems implements HandlerExceptionResolver, Ordered {

    private static final Map<Class<? extends RuntimeException>, HttpStatus> STATUS = Map.of(
            NotFound.class, HttpStatus.NOT_FOUND,
            Forbidden.class, HttpStatus.NOT_FOUND,
            InvalidRequest.class, HttpStatus.BAD_REQUEST);

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception thrown) {
        HttpStatus status = STATUS.get(thrown.getClass());
        if (status == null || !(handler instanceof HandlerMethod method) || rendersBody(method)
                || answersItself(method, thrown)) {
            return null;
        }
        // a page that is not the reader's is as absent as one that does not exist: nothing tells them it is there
        String problem = status == HttpStatus.BAD_REQUEST ? "invalid" : "notFound";
        ModelAndView page = new ModelAndView("problem", Map.of("problem", problem), status);
        response.setStatus(status.value());
        return page;
    }

    /** A page controller with its own {@code @ExceptionHandler} for this refusal (search keeps the query) answers. */
    private static boolean answersItself(HandlerMethod method, Exception thrown) {
        return new ExceptionHandlerMethodResolver(method.getBeanType()).resolveMethod(thrown) != null;
    }

    private static boolean rendersBody(HandlerMethod method) {
        return AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                || method.hasMethodAnnotation(ResponseBody.class)
                || !String.class.equals(method.getReturnType().getParameterType());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
