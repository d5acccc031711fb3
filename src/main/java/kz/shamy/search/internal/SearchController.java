package kz.shamy.search.internal;

import kz.shamy.search.FailedChange;
import kz.shamy.search.IndexChange;
import kz.shamy.search.SearchSource;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.shamy.shared.Forbidden;
import kz.shamy.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search API: searching, similar reports, and for administrators the rebuild with its progress and the
 * outbox entries the indexer had to set aside.
 */
@RestController
class SearchController {

    private static final String ADMIN = "ROLE_ADMIN";

    private final ReportSearch search;
    private final Reindexer reindexer;
    private final SearchSource source;

    SearchController(ReportSearch search, Reindexer reindexer, SearchSource source) {
        this.search = search;
        this.reindexer = reindexer;
        this.source = source;
    }

    /** The query parameters are bound by {@link SearchRequestResolver}; bad ones are a 400 problem detail. */
    @GetMapping("/api/search")
    SearchResponse search(SearchRequest request, Principal principal, Locale locale) {
        return search.search(request, principal.getName(), locale);
    }

    @GetMapping("/api/reports/{id}/similar")
    Map<String, List<SearchResponse.Hit>> similar(@PathVariable long id, Principal principal) {
        return Map.of("hits", search.similar(id, principal.getName()));
    }

    @PostMapping("/api/search/reindex")
    ResponseEntity<ReindexJob.Progress> reindex(Authentication caller) {
        requireAdmin(caller);
        ReindexJob job = reindexer.request();
        return ResponseEntity.accepted().location(URI.create("/api/search/reindex/" + job.id())).body(job.progress());
    }

    @GetMapping("/api/search/reindex/{jobId}")
    ReindexJob.Progress reindexProgress(@PathVariable String jobId, Authentication caller) {
        requireAdmin(caller);
        return reindexer.job(jobId).map(ReindexJob::progress).orElseThrow(() -> new NotFound("Reindex job", jobId));
    }

    /** Outbox entries the indexer set aside after their last failed attempt, oldest first. */
    @GetMapping("/api/search/outbox/failed")
    List<FailedChange> failed(Authentication caller) {
        requireAdmin(caller);
        return source.failedChanges();
    }

    /** What a retry answers: the set-aside entry, and the new entry the indexer applies in its turn. */
    record Retry(long sequence, long reportId, long retrySequence) {
    }

    /** Tries a set-aside entry again (once its cause is fixed): a new outbox entry for its report. */
    @PostMapping("/api/search/outbox/failed/{sequence}/retry")
    ResponseEntity<Retry> retry(@PathVariable long sequence, Authentication caller) {
        requireAdmin(caller);
        IndexChange again = source.retry(sequence)
                .orElseThrow(() -> new NotFound("Set-aside outbox entry", sequence));
        return ResponseEntity.accepted().body(new Retry(sequence, again.reportId(), again.sequence()));
    }

    private static void requireAdmin(Authentication caller) {
        if (caller.getAuthorities().stream().noneMatch(a -> ADMIN.equals(a.getAuthority()))) {
            throw new Forbidden("Only administrators rebuild the search index and see or retry its failed entries");
        }
    }
}
