package kz.shamy.reports.internal;

import kz.shamy.reports.ProjectReport;
import kz.shamy.reports.ReportDraft;
import kz.shamy.reports.ReportOrigin;
import kz.shamy.reports.ReportStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One report: a development project's (origin PROCESS: school and region by id, author a username) or one
 * imported from the archive of earlier years (origin ARCHIVE: no project; author, school and region as
 * names). Its text lives in its versions; this row says which one is public.
 */
@Entity(name = "ProjectReport")
/** A stored projectreport: the row behind {@link ProjectReport}, which is what other features see. */
public class ProjectReportEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The development project (feature circle) this reports on. */
    private Long projectId;
    private String author;
    private Long schoolId;
    private String title;
    /** ISO 639-1: kk, ru or en. */
    private String language;
    private String subject;
    private String academicYear;
    @Enumerated(EnumType.STRING)
    private ReportStatus status;
    private Long publishedVersionId;
    @Enumerated(EnumType.STRING)
    private ReportOrigin origin;
    private Long regionId;
    private String schoolName;
    private String regionName;
    /** The circle's facilitator when the report was last submitted: with the author, a draft's only reader. */
    private String facilitator;
    private Instant updatedAt;

    protected ProjectReportEntry() {
    }

    public ProjectReportEntry(Long projectId, String author, Long schoolId) {
        this.projectId = projectId;
        this.author = author;
        this.schoolId = schoolId;
        this.status = ReportStatus.DRAFT;
        this.origin = ReportOrigin.PROCESS;
    }

    /** A report from the archive: already public, so it is created published (its version follows). */
    public static ProjectReportEntry archived(ArchiveRecord record, Instant importedAt) {
        ProjectReportEntry report = new ProjectReportEntry();
        report.origin = ReportOrigin.ARCHIVE;
        report.author = record.author();
        report.schoolName = record.school();
        report.regionName = record.region();
        report.title = record.title();
        report.language = record.language();
        report.subject = record.subject();
        report.academicYear = record.year();
        report.status = ReportStatus.APPROVED;
        report.updatedAt = importedAt;
        return report;
    }

    public void placeIn(Long regionId, String facilitator) {
        this.regionId = regionId;
        this.facilitator = facilitator;
    }

    public void touch(Instant at) {
        this.updatedAt = at;
    }


    public void describe(ReportDraft draft) {
        this.title = draft.title().strip();
        this.language = draft.language();
        this.subject = draft.subject().strip();
        this.academicYear = draft.academicYear().strip();
    }

    public void moveTo(ReportStatus status) {
        this.status = status;
    }

    public void publish(ReportVersionEntry version) {
        this.publishedVersionId = version.getId();
        this.status = ReportStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getAuthor() {
        return author;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getTitle() {
        return title;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getAcademicYear() {
        return academicYear;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Long getPublishedVersionId() {
        return publishedVersionId;
    }

    public ReportOrigin getOrigin() {
        return origin;
    }

    public Long getRegionId() {
        return regionId;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getRegionName() {
        return regionName;
    }

    public String getFacilitator() {
        return facilitator;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public ProjectReport view() {
        return new ProjectReport(id, projectId, author, schoolId, title, language, subject, academicYear, status, publishedVersionId, origin, regionId, schoolName, regionName, facilitator, updatedAt);
    }
}
