package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.ProjectStage;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One teacher's development project in a circle: the texts of its first steps, its poster, and the
 * stage it is at (readable here without asking the engine).
 */
@Entity(name = "DevelopmentProject")
/** A stored developmentproject: the row behind {@link DevelopmentProject}, which is what other features see. */
public class DevelopmentProjectEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String teacher;
    private String facilitator;
    private Long circleId;
    private Long schoolId;
    private String valuesStatement;
    private String concern;
    private String cultureReflection;
    private String consultationNotes;
    @Enumerated(EnumType.STRING)
    private ProjectStage stage;
    private Instant stageChangedAt;
    private Instant startedAt;
    private Instant completedAt;
    private String processInstanceId;
    private String posterTitle;
    private LocalDate posterPresentedOn;

    protected DevelopmentProjectEntry() {
    }

    public DevelopmentProjectEntry(String teacher, String facilitator, Long circleId, Long schoolId, String processInstanceId,
            Instant startedAt) {
        this.teacher = teacher;
        this.facilitator = facilitator;
        this.circleId = circleId;
        this.schoolId = schoolId;
        this.processInstanceId = processInstanceId;
        this.startedAt = startedAt;
        this.stage = ProjectStage.CLARIFY_VALUES;
        this.stageChangedAt = startedAt;
    }

    public void moveTo(ProjectStage next, Instant at) {
        if (next != stage) {
            stage = next;
            stageChangedAt = at;
        }
    }

    /** Keeps the text the teacher wrote for one of the first four steps. */
    public void record(ProjectStage step, String text) {
        switch (step) {
            case CLARIFY_VALUES -> valuesStatement = text;
            case IDENTIFY_CONCERN -> concern = text;
            case REFLECT_ON_CULTURE -> cultureReflection = text;
            case CONSULT_COLLEAGUES -> consultationNotes = text;
            default -> throw new IllegalArgumentException(step + " has no text of its own");
        }
    }

    /** The teacher's poster, ready for the circle's network event (PresentPoster). */
    public void preparePoster(String title) {
        this.posterTitle = title;
    }

    /** The facilitator recorded the network event where the teacher presented it. */
    void posterPresentedOn(LocalDate heldOn) {
        this.posterPresentedOn = heldOn;
    }

    public void complete(Instant at) {
        moveTo(ProjectStage.COMPLETED, at);
        completedAt = at;
    }


    public Long getId() {
        return id;
    }

    public String getTeacher() {
        return teacher;
    }

    public String getFacilitator() {
        return facilitator;
    }

    public Long getCircleId() {
        return circleId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getValuesStatement() {
        return valuesStatement;
    }

    public String getConcern() {
        return concern;
    }

    public String getCultureReflection() {
        return cultureReflection;
    }

    public String getConsultationNotes() {
        return consultationNotes;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public Instant getStageChangedAt() {
        return stageChangedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getPosterTitle() {
        return posterTitle;
    }

    public LocalDate getPosterPresentedOn() {
        return posterPresentedOn;
    }

    public DevelopmentProject view() {
        return new DevelopmentProject(id, teacher, facilitator, circleId, schoolId, valuesStatement, concern, cultureReflection, consultationNotes, stage, stageChangedAt, startedAt, completedAt, processInstanceId, posterTitle, posterPresentedOn);
    }
}
