package kz.shamy.search;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page, with the same visibility as the API; a report's own page is the reports feature's. */
@Controller
class SearchPageController {

    private final ReportSearch search;

    SearchPageController(ReportSearch search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String language,
            @RequestParam(required = false) String region, @RequestParam(required = false) String school,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String year,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + SearchRequest.DEFAULT_SIZE) int size, Principal principal,
            Model model) {
        SearchRequest request = new SearchRequest(q, language, region, school, subject, year, sort, page, size);
        SearchResponse result = search.search(request, principal.getName());
        model.addAttribute("request", request);
        model.addAttribute("result", result);
        model.addAttribute("links", new SearchLinks(request, result.total()));
        return "search";
    }
}
