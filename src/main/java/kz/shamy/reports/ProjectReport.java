package kz.shamy.reports;

import java.time.Instant;

/** A project report (the teacher's development project written up), as other features see it. */
public record ProjectReport(
        Long id, Long projectId, String author, Long schoolId, String title, String language, String subject,
        String academicYear, ReportStatus status, Long publishedVersionId, ReportOrigin origin, Long regionId,
        String schoolName, String regionName, String facilitator, Instant updatedAt) {

    /**
     * Whether the person is the report's author or the facilitator who signed it off. An archived report's
     * author is a name, not a username, so it involves nobody.
     */
    public boolean involves(String username) {
        return username != null && origin == ReportOrigin.PROCESS
                && (username.equals(author) || username.equals(facilitator));
    }
}
