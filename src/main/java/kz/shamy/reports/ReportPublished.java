package kz.shamy.reports;

/** A report version became the public one (the search index and the portfolio listen for this). */
public record ReportPublished(Long reportId, Long projectId, Long versionId, String author) {
}
