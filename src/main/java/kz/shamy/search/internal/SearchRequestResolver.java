package kz.shamy.search.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.shamy.shared.InvalidRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds a {@link SearchRequest} from the query string, the same for the API and the page: {@code q}, one parameter
 * per facet dimension named as its field ({@link ReportFacets}: {@code region}, {@code school}, {@code subject},
 * {@code year}, {@code language}), {@code sort}, {@code page} and {@code size}. A value that is not a whole number, or out of range, is an {@link InvalidRequest} naming
 * its parameter: the API answers it with a problem detail, the page with a message.
 */
class SearchRequestResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == SearchRequest.class;
    }

    @Override
    public SearchRequest resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
            NativeWebRequest request, WebDataBinderFactory binders) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (FacetDimension dimension : ReportFacets.DIMENSIONS) {
            String value = request.getParameter(dimension.field());
            if (value != null) {
                filters.put(dimension.field(), value);
            }
        }
        return new SearchRequest(request.getParameter("q"), filters, request.getParameter("sort"),
                number(request, "page", 0), number(request, "size", SearchRequest.DEFAULT_SIZE));
    }

    /** The whole number in parameter {@code name}, or {@code absent} when it is missing or blank. */
    private static int number(NativeWebRequest request, String name, int absent) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequest(name, name + " must be a whole number");
        }
    }

}
