package kz.shamy.circle;

import kz.shamy.circle.internal.DevelopmentProjectEntry;
import kz.shamy.circle.internal.DevelopmentProjectRepository;
import kz.shamy.circle.internal.EvidenceEntry;
import kz.shamy.circle.internal.EvidenceEntryRepository;
import kz.shamy.circle.internal.EvidenceKind;
import kz.shamy.circle.internal.PlanReview;
import kz.shamy.circle.internal.PlanReviewRepository;
import kz.shamy.circle.internal.ProjectPlan;
import kz.shamy.circle.internal.ProjectPlanRepository;
import kz.shamy.circle.internal.ProjectReviewEscalation;
import kz.shamy.circle.internal.ProjectReviewEscalationRepository;
import kz.shamy.shared.SchoolTime;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers' development projects: where each one is in the method, and what the teacher has written so
 * far. Shamy's tables are the source of truth; the {@code development-work} process writes through here.
 */
@Service
@Transactional(readOnly = true)
public class DevelopmentProjects {

    /** Every text a teacher or facilitator writes in a project (the forms state the same limit). */
    public static final int MAX_TEXT = 20_000;

    private final DevelopmentProjectRepository projects;
    private final ProjectPlanRepository plans;
    private final PlanReviewRepository reviews;
    private final ProjectReviewEscalationRepository escalations;
    private final EvidenceEntryRepository evidence;
    private final Clock clock;

    DevelopmentProjects(DevelopmentProjectRepository projects, ProjectPlanRepository plans,
            PlanReviewRepository reviews, ProjectReviewEscalationRepository escalations,
            EvidenceEntryRepository evidence, Clock clock) {
        this.clock = clock;
        this.projects = projects;
        this.plans = plans;
        this.reviews = reviews;
        this.escalations = escalations;
        this.evidence = evidence;
    }

    /** The teacher's latest project, if they have one. */
    public Optional<DevelopmentProject> latestOf(String teacherId) {
        return teacherId == null ? Optional.empty()
                : projects.findFirstByTeacherOrderByStartedAtDescIdDesc(teacherId).map(DevelopmentProjectEntry::view);
    }

    /** The stage of the teacher's latest project, if they have one. */
    public Optional<ProjectStage> stageOf(String teacherId) {
        return latestOf(teacherId).map(DevelopmentProject::stage);
    }

    public DevelopmentProject project(Long id) {
        return entry(id).view();
    }

    private DevelopmentProjectEntry entry(Long id) {
        return (id == null ? Optional.<DevelopmentProjectEntry>empty() : projects.findById(id))
                .orElseThrow(() -> new NotFound("development project", id));
    }

    /**
     * The project a {@code development-work} instance is about, as bound when it started: who and what the
     * instance concerns is read here, never from its variables, which a task's holder could write.
     */
    public DevelopmentProject boundTo(String processInstanceId) {
        return projects.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new IllegalStateException(
                "process instance " + processInstanceId + " is bound to no development project")).view();
    }

    /** The project a process instance is about, if it is about one. */
    public Optional<DevelopmentProject> findBoundTo(String processInstanceId) {
        return processInstanceId == null ? Optional.empty()
                : projects.findByProcessInstanceId(processInstanceId).map(DevelopmentProjectEntry::view);
    }

    public List<DevelopmentProject> projectsOfCircle(Long circleId) {
        return projects.findByCircleIdOrderByTeacher(circleId).stream().map(DevelopmentProjectEntry::view).toList();
    }

    /** How many of the method's {@value ProjectStage#METHOD_STAGES} stages the project has done. */
    public int stagesCompleted(Long projectId) {
        return project(projectId).stage().stagesCompleted();
    }

    public boolean isAuthorOrFacilitator(String username, Long projectId) {
        return projects.findById(projectId).map(DevelopmentProjectEntry::view).map(p -> p.involves(username))
                .orElse(false);
    }

    /** Every plan round, first to last. */
    public List<ProjectPlan> plans(Long projectId) {
        return plans.findByProjectIdOrderByRound(projectId);
    }

    public List<PlanReview> planReviews(Long projectId) {
        return reviews.findByProjectIdOrderByRound(projectId);
    }

    public List<ProjectReviewEscalation> escalations(Long projectId) {
        return escalations.findByProjectIdOrderByEscalatedAt(projectId);
    }

    public List<EvidenceEntry> evidence(Long projectId) {
        return evidence.findByProjectIdOrderByEntryDateAscIdAsc(projectId);
    }

    @Transactional
    public DevelopmentProject open(String teacher, String facilitator, Long circleId, Long schoolId,
            String processInstanceId) {
        return projects.save(new DevelopmentProjectEntry(teacher, facilitator, circleId, schoolId, processInstanceId,
                clock.instant())).view();
    }

    @Transactional
    public void moveTo(Long projectId, ProjectStage stage) {
        entry(projectId).moveTo(stage, clock.instant());
    }

    /** Keeps what the teacher wrote for one of the first four steps (values, concern, culture, consultation). */
    @Transactional
    public void record(Long projectId, ProjectStage step, String text) {
        entry(projectId).record(step, required("text", text));
    }

    @Transactional
    public ProjectPlan submitPlan(Long projectId, String text) {
        project(projectId);
        int round = plans.findFirstByProjectIdOrderByRoundDesc(projectId).map(p -> p.getRound() + 1).orElse(1);
        return plans.save(new ProjectPlan(projectId, round, required("plan", text), clock.instant()));
    }

    /** Records the decision on the latest plan round; returning a plan needs comments. */
    @Transactional
    public PlanReview reviewPlan(Long projectId, boolean approved, String comments, String reviewer) {
        ProjectPlan plan = plans.findFirstByProjectIdOrderByRoundDesc(projectId)
                .orElseThrow(() -> new InvalidRequest(null, "project " + projectId + " has no plan to review"));
        if (reviews.existsByProjectIdAndRound(projectId, plan.getRound())) {
            throw new InvalidRequest(null, "plan round " + plan.getRound() + " is already reviewed");
        }
        String text = comments == null || comments.isBlank() ? null : comments.strip();
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidRequest("comments", "comments must be at most " + MAX_TEXT + " characters",
                    "devwork.refused.tooLong", MAX_TEXT);
        }
        if (!approved && text == null) {
            throw new InvalidRequest("comments", "say what to change when returning a plan",
                    "devwork.refused.planReturnNeedsComments");
        }
        return reviews.save(new PlanReview(projectId, plan.getRound(),
                approved ? PlanReview.Decision.APPROVED : PlanReview.Decision.RETURNED, text, reviewer,
                clock.instant()));
    }

    @Transactional
    public ProjectReviewEscalation escalateReview(Long projectId, ProjectStage stage) {
        project(projectId);
        return escalations.save(new ProjectReviewEscalation(projectId, stage, clock.instant()));
    }

    @Transactional
    public EvidenceEntry addEvidence(Long projectId, LocalDate date, EvidenceKind kind, String description) {
        project(projectId);
        if (date == null) {
            throw new InvalidRequest("entryDate", "the date of the evidence is required");
        }
        if (date.isAfter(SchoolTime.today(clock))) {
            throw new InvalidRequest("entryDate", "evidence cannot be dated in the future");
        }
        if (kind == null) {
            throw new InvalidRequest("entryKind", "the kind of evidence is required");
        }
        return evidence.save(new EvidenceEntry(projectId, date, kind, required("description", description)));
    }

    public long evidenceCount(Long projectId) {
        return evidence.countByProjectId(projectId);
    }

    @Transactional
    public void recordPoster(Long projectId, String title) {
        String text = required("posterTitle", title);
        if (text.length() > 300) {
            throw new InvalidRequest("posterTitle", "the poster title must be at most 300 characters");
        }
        entry(projectId).preparePoster(text);
    }

    @Transactional
    public void complete(Long projectId) {
        entry(projectId).complete(clock.instant());
    }

    private static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequest(field, field + " is required");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidRequest(field, field + " must be at most " + MAX_TEXT + " characters");
        }
        return text.strip();
    }
}
