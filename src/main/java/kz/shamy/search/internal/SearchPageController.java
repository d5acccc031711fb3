package kz.shamy.search.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import kz.shamy.shared.Busy;
import kz.shamy.shared.InvalidRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;

/** The search page, with the same visibility as the API; a report's own page is the reports feature's. */
@Controller
class SearchPageController {

    private final ReportSearch search;
    private final MessageSource messages;

    SearchPageController(ReportSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    /** The query parameters are bound by {@link SearchRequestResolver}, as for the API. */
    @GetMapping("/search")
    String search(SearchRequest request, Principal principal, Locale locale, Model model) {
        SearchResponse result = search.search(request, principal.getName(), locale);
        model.addAttribute("request", request);
        model.addAttribute("result", result);
        model.addAttribute("links", new SearchLinks(request, result.total()));
        model.addAttribute("valueMessages", ReportFacets.valueMessages());
        return "search";
    }

    /**
     * A parameter the page cannot use (an address typed or edited by hand): the page again, with a message in
     * the reader's language saying which, and the search box keeping what they typed; status 400.
     */
    @ExceptionHandler(InvalidRequest.class)
    String invalid(InvalidRequest e, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        String field = e.field() == null ? "filter" : e.field();
        model.addAttribute("error", messages.getMessage("search.invalid." + field, null,
                messages.getMessage("search.invalid", null, locale), locale));
        return "search";
    }

    /** Every search thread busy for too long: the page again with a message to try once more; 503, Retry-After. */
    @ExceptionHandler(Busy.class)
    String busy(Busy e, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        model.addAttribute("error", messages.getMessage(e.messageKey(), null, e.getMessage(), locale));
        return "search";
    }
}
