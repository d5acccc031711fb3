package kz.shamy.reports.internal;

import kz.shamy.reports.ReportImports;
import java.net.URI;
import java.util.List;
import java.util.Map;
import kz.shamy.shared.Forbidden;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.NotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators import the archive of earlier years' reports as a JSON array or JSON Lines. A small import
 * answers 200 with its counts and errors by line; a large one answers 202 and is followed at its Location,
 * which keeps answering after a restart (INTERRUPTED, with the counts committed, if the restart cut it short).
 */
@RestController
@RequestMapping("/api/reports/import")
class ReportImportController {

    static final String JSON_LINES = "application/x-ndjson";
    static final String JSON_LINES_ALIAS = "application/jsonl";

    private final ReportImports imports;

    ReportImportController(ReportImports imports) {
        this.imports = imports;
    }

    /** What a finished import answers. */
    record ImportResult(int imported, int rejected, List<ImportError> errors) {
    }

    /** One handler for both forms: with an empty body neither could be told apart by its consumes condition. */
    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, JSON_LINES, JSON_LINES_ALIAS})
    ResponseEntity<?> importReports(@RequestBody(required = false) String body,
            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
            Authentication user) {
        requireAdmin(user);
        boolean jsonLines = contentType != null && (contentType.startsWith(JSON_LINES)
                || contentType.startsWith(JSON_LINES_ALIAS));
        return answer(jsonLines ? ImportBody.jsonLines(body) : ImportBody.jsonArray(body), user);
    }

    @GetMapping("/{jobId}")
    ImportJob.Progress progress(@PathVariable String jobId, Authentication user) {
        requireAdmin(user);
        return imports.progress(jobId).orElseThrow(() -> new NotFound("import", jobId));
    }

    private ResponseEntity<?> answer(List<ImportBody.Line> lines, Authentication user) {
        if (lines.isEmpty()) {
            throw new InvalidRequest(null, "the import is empty: send at least one report");
        }
        ImportJob job = imports.start(lines, user.getName());
        if (ReportImports.runsInBackground(lines.size())) {
            return ResponseEntity.accepted().location(URI.create("/api/reports/import/" + job.id()))
                    .body(Map.of("jobId", job.id(), "total", lines.size(), "status", "RUNNING"));
        }
        ImportJob.Progress done = job.progress();
        return ResponseEntity.ok(new ImportResult(done.imported(), done.rejected(), done.errors()));
    }

    static void requireAdmin(Authentication user) {
        if (!ReportAccess.isAdmin(user)) {
            throw new Forbidden("only administrators import reports");
        }
    }
}
