package kz.shamy.search.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import kz.shamy.search.SimilarReports;
import kz.shamy.shared.Busy;
import kz.shamy.shared.InvalidRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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
     * The past-projects panel's list for a text being written (a teacher's concern or plan), as the page's script
     * asks for it while they type: published reports only, the text read and forgotten. Signed in and with the
     * page's CSRF token like any form post of Shamy's; a text longer than a form field allows is a 400 with the
     * reason in the reader's language, and a blank one lists nothing.
     */
    @PostMapping("/search/like")
    String like(@RequestParam(name = "text", defaultValue = "") String text, Locale locale, Model model,
            HttpServletResponse response) {
        if (text.length() > SimilarReports.MAX_TEXT) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("pastProjectsError", messages.getMessage("like.tooLong",
                    new Object[] {SimilarReports.MAX_TEXT}, locale));
            model.addAttribute("pastProjects", List.of());
            return "past-projects :: list";
        }
        try {
            model.addAttribute("pastProjects", text.isBlank() ? List.of() : search.like(text, LIKE_SHOWN));
        } catch (Busy busy) {
            // the panel's list, not the search page: the script puts what comes back in the list's place
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, busy.retryAfter().toSeconds())));
            model.addAttribute("pastProjectsError", messages.getMessage(busy.messageKey(), null, busy.getMessage(),
                    locale));
            model.addAttribute("pastProjects", List.of());
        }
        return "past-projects :: list";
    }

    /** How many past projects the panel offers. */
    static final int LIKE_SHOWN = 5;

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
