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

    /** The query parameters are bound by {@link SearchRequestResolver}; bad ones are a 400 problem detail. */
    @GetMapping("/api/search")
    SearchResponse search(SearchRequest request, Principal principal) {
        return search.search(request, principal.getName());
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
