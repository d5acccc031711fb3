package kz.shamy.reports;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** One development project's report. Its text lives in its versions; this row says which one is public. */
@Entity
public class ProjectReport {

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

    protected ProjectReport() {
    }

    ProjectReport(Long projectId, String author, Long schoolId) {
        this.projectId = projectId;
        this.author = author;
        this.schoolId = schoolId;
        this.status = ReportStatus.DRAFT;
    }

    void describe(ReportDraft draft) {
        this.title = draft.title().strip();
        this.language = draft.language();
        this.subject = draft.subject().strip();
        this.academicYear = draft.academicYear().strip();
    }

    void moveTo(ReportStatus status) {
        this.status = status;
    }

    void publish(ReportVersion version) {
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
}
