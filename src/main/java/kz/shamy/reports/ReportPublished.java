package kz.shamy.reports;

/**
 * A report version became the public one (notify tells the author). Published in the transaction that publishes
 * it; listeners run once it has committed.
 */
public record ReportPublished(Long reportId, Long projectId, Long versionId, String author, String title) {
}
