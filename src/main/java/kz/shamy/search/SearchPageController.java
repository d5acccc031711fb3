package kz.shamy.search;

import java.security.Principal;
import kz.shamy.shared.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page and a report's full text, with the same visibility as the API. */
@Controller
class SearchPageController {

    private final ReportSearch search;
    private final SearchSource source;

    SearchPageController(ReportSearch search, SearchSource source) {
        this.search = search;
        this.source = source;
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

    @GetMapping("/reports/{id}")
    String report(@PathVariable long id, Principal principal, Model model) {
        SearchDocument report = source.document(id)
                .filter(r -> r.published() || (r.readers() != null && r.readers().contains(principal.getName())))
                .orElseThrow(() -> new NotFound("Report", id));
        model.addAttribute("report", report);
        return "report";
    }
}
