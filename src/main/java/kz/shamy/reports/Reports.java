package kz.shamy.reports;

import kz.shamy.reports.internal.ArchiveRecord;
import kz.shamy.reports.internal.ProjectReportEntry;
import kz.shamy.reports.internal.ProjectReportRepository;
import kz.shamy.reports.internal.ReportNotApproved;
import kz.shamy.reports.internal.ReportNotAwaitingSignOff;
import kz.shamy.reports.internal.ReportOutbox;
import kz.shamy.reports.internal.ReportVersionEntry;
import kz.shamy.reports.internal.ReportVersionRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.shamy.programme.School;
import kz.shamy.programme.Schools;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project reports: a teacher submits versions, the facilitator approves one or returns it with comments,
 * and the approved version is published. Every version is kept. Reports imported from the archive arrive
 * published. Every change a search may see writes a {@link ReportOutbox} row in its own transaction.
 */
@Service
@Transactional(readOnly = true)
public class Reports {

    /** A facilitator's comments on a version (devwork-sign-off-report states the same limit). */
    public static final int MAX_COMMENTS = 20_000;

    private final ProjectReportRepository reports;
    private final ReportVersionRepository versions;
    private final ApplicationEventPublisher events;
    private final ReportOutbox outbox;
    private final Schools schools;
    private final Clock clock;

    Reports(ProjectReportRepository reports, ReportVersionRepository versions, ApplicationEventPublisher events,
            ReportOutbox outbox, Schools schools, Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.versions = versions;
        this.events = events;
        this.outbox = outbox;
        this.schools = schools;
    }

    /**
     * Submits a new version of the project's report for sign-off (creating the report on the first one).
     * Refused with a 400 naming the field when the draft is invalid, or when a version already awaits a
     * decision or the report is already approved.
     */
    @Transactional
    public ReportVersion submitDraft(ReportDraft draft) {
        draft.validate();
        ProjectReportEntry report = reports.findByProjectId(draft.projectId())
                .orElseGet(() -> new ProjectReportEntry(draft.projectId(), draft.author(), draft.schoolId()));
        if (report.getStatus() != ReportStatus.DRAFT) {
            throw new InvalidRequest(null, "the report of project " + draft.projectId() + " is "
                    + report.getStatus() + "; only a draft can be submitted");
        }
        if (!report.getAuthor().equals(draft.author())) {
            throw new InvalidRequest("author", "only " + report.getAuthor() + " submits this report");
        }
        report.describe(draft);
        report.placeIn(schools.find(draft.schoolId()).map(School::regionId).orElse(null), draft.facilitator());
        report.moveTo(ReportStatus.SUBMITTED);
        report.touch(clock.instant());
        report = reports.save(report);
        int next = latest(report.getId()).map(v -> v.getVersionNumber() + 1).orElse(1);
        ReportVersionEntry version = versions.save(new ReportVersionEntry(report.getId(), next, draft, clock.instant()));
        outbox.changed(report.getId());
        return version.view();
    }

    /**
     * Imports reports from the archive of earlier years, each published as it is, in one transaction (the
     * caller batches). Returns the new reports' ids in the order given.
     */
    @Transactional
    public List<Long> importArchive(List<ArchiveRecord> records, String importedBy) {
        var ids = new ArrayList<Long>(records.size());
        for (ArchiveRecord record : records) {
            ProjectReportEntry report = reports.save(ProjectReportEntry.archived(record, clock.instant()));
            ReportVersionEntry version = versions.save(ReportVersionEntry.archived(report.getId(), record, importedBy,
                    clock.instant()));
            report.publish(version);
            ids.add(report.getId());
        }
        // last, so the outbox lock is held only from here to the commit
        ids.forEach(outbox::changed);
        return ids;
    }

    /** Signs off the version awaiting a decision. */
    @Transactional
    public ReportVersion approve(Long reportId, String decidedBy, String comments) {
        return decide(reportId, ReportDecision.APPROVED, decidedBy, comments, ReportStatus.APPROVED).view();
    }

    /** Returns the version awaiting a decision to its author; the comments say what to revise. */
    @Transactional
    public ReportVersion returnForRevision(Long reportId, String decidedBy, String comments) {
        if (comments == null || comments.isBlank()) {
            throw new InvalidRequest("comments", "say what to revise when returning a report",
                    "reports.refused.returnNeedsComments");
        }
        return decide(reportId, ReportDecision.RETURNED, decidedBy, comments, ReportStatus.DRAFT).view();
    }

    /** Makes the approved version the public one. Publishing a published report again changes nothing. */
    @Transactional
    public ReportVersion publish(Long reportId) {
        ProjectReportEntry report = entry(reportId);
        if (report.getStatus() == ReportStatus.PUBLISHED) {
            return versions.findById(report.getPublishedVersionId()).orElseThrow().view();
        }
        if (report.getStatus() != ReportStatus.APPROVED) {
            throw new ReportNotApproved(reportId, report.getStatus());
        }
        ReportVersionEntry approved = latest(reportId).orElseThrow();
        report.publish(approved);
        report.touch(clock.instant());
        outbox.changed(reportId);
        events.publishEvent(new ReportPublished(reportId, report.getProjectId(), approved.getId(), report.getAuthor(),
                approved.getTitle()));
        return approved.view();
    }

    /** Whether the project's report has been signed off (and perhaps already published). */
    public boolean isApproved(Long projectId) {
        return reports.findByProjectId(projectId)
                .map(r -> r.getStatus() == ReportStatus.APPROVED || r.getStatus() == ReportStatus.PUBLISHED)
                .orElse(false);
    }

    public Optional<ReportVersion> publishedVersion(Long reportId) {
        return publishedEntry(reportId).map(ReportVersionEntry::view);
    }

    private Optional<ReportVersionEntry> publishedEntry(Long reportId) {
        ProjectReportEntry report = entry(reportId);
        return report.getPublishedVersionId() == null ? Optional.empty()
                : versions.findById(report.getPublishedVersionId());
    }

    /** Every version submitted, oldest first. */
    public List<ReportVersion> versions(Long reportId) {
        return versions.findByReportIdOrderByVersionNumber(reportId).stream().map(ReportVersionEntry::view).toList();
    }

    public ProjectReport report(Long reportId) {
        return entry(reportId).view();
    }

    private ProjectReportEntry entry(Long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotFound("report", reportId));
    }

    public Optional<ProjectReport> ofProject(Long projectId) {
        return reports.findByProjectId(projectId).map(ProjectReportEntry::view);
    }

    private ReportVersionEntry decide(Long reportId, ReportDecision decision, String decidedBy, String comments,
            ReportStatus next) {
        if (decidedBy == null || decidedBy.isBlank()) {
            throw new InvalidRequest("decidedBy", "who decides is required");
        }
        if (comments != null && comments.strip().length() > MAX_COMMENTS) {
            throw new InvalidRequest("comments", "comments must be at most " + MAX_COMMENTS + " characters");
        }
        ProjectReportEntry report = entry(reportId);
        ReportVersionEntry version = latest(reportId).filter(v -> !v.isDecided()).orElse(null);
        if (report.getStatus() != ReportStatus.SUBMITTED || version == null) {
            throw new ReportNotAwaitingSignOff(reportId, report.getStatus());
        }
        version.decide(decision, comments, decidedBy, clock.instant());
        report.moveTo(next);
        report.touch(clock.instant());
        outbox.changed(reportId);
        return version;
    }

    /** The version people may read: the published one, else the latest submitted. */
    public Optional<ReportVersion> readableVersion(Long reportId) {
        return publishedEntry(reportId).or(() -> latest(reportId)).map(ReportVersionEntry::view);
    }

    private Optional<ReportVersionEntry> latest(Long reportId) {
        return versions.findFirstByReportIdOrderByVersionNumberDesc(reportId);
    }
}
