package kz.shamy.reports;

import java.time.Instant;

/** One version of a project report as submitted, with the facilitator's decision on it, as other features see it. */
public record ReportVersion(
        Long id, Long reportId, int versionNumber, String title, String summary, String body, String keywords,
        Instant submittedAt, ReportDecision decision, String decisionComments, String decidedBy, Instant decidedAt) {

    public boolean isDecided() {
        return decision != null;
    }

}
