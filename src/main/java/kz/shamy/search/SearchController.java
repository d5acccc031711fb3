package kz.shamy.search;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import kz.shamy.shared.Forbidden;
import kz.shamy.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search API: searching, similar reports, and the administrators' rebuild with its progress. */
@RestController
class SearchController {

    private static final String ADMIN = "ROLE_ADMIN";

    private final ReportSearch search;
    private final Reindexer reindexer;

    SearchController(ReportSearch search, Reindexer reindexer) {
        this.search = search;
        this.reindexer = reindexer;
    }

    @GetMapping("/api/search")
    SearchResponse search(@RequestParam(required = false) String q, @RequestParam(required = false) String language,
            @RequestParam(required = false) String region, @RequestParam(required = false) String school,
            @RequestParam(required = false) String subject, @RequestParam(required = false) String year,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + SearchRequest.DEFAULT_SIZE) int size, Principal principal) {
        return search.search(new SearchRequest(q, language, region, school, subject, year, sort, page, size),
                principal.getName());
    }

    @GetMapping("/api/reports/{id}/similar")
    Map<String, List<SearchResponse.Hit>> similar(@PathVariable long id, Principal principal) {
        return Map.of("hits", search.similar(id, principal.getName()));
    }

    @PostMapping("/api/search/reindex")
    ResponseEntity<ReindexJob.Progress> reindex(Authentication caller) {
        requireAdmin(caller);
        ReindexJob job = reindexer.start();
        return ResponseEntity.accepted().location(URI.create("/api/search/reindex/" + job.id())).body(job.progress());
    }

    @GetMapping("/api/search/reindex/{jobId}")
    ReindexJob.Progress reindexProgress(@PathVariable String jobId, Authentication caller) {
        requireAdmin(caller);
        return reindexer.job(jobId).map(ReindexJob::progress).orElseThrow(() -> new NotFound("Reindex job", jobId));
    }

    private static void requireAdmin(Authentication caller) {
        if (caller.getAuthorities().stream().noneMatch(a -> ADMIN.equals(a.getAuthority()))) {
            throw new Forbidden("Only administrators rebuild the search index");
        }
    }
}
