package kz.shamy.circle;

import java.util.Optional;

/**
 * The stages of the teacher-led development work method (HertsCam), in order. Each user task of
 * {@code development-work} puts the project in one stage; {@link #PUBLISHING} and {@link #COMPLETED}
 * are set by the sign-off and the publish step.
 */
public enum ProjectStage {
    CLARIFY_VALUES("ClarifyValues"),
    IDENTIFY_CONCERN("IdentifyConcern"),
    REFLECT_ON_CULTURE("ReflectOnCulture"),
    CONSULT_COLLEAGUES("ConsultColleagues"),
    DRAFT_PLAN("DraftPlan"),
    PLAN_REVIEW("ReviewPlan"),
    LEAD_WORK("LeadDevelopmentWork"),
    PRESENT_POSTER("PresentPoster"),
    WRITE_REPORT("WriteReport"),
    REPORT_REVIEW("SignOffReport"),
    PUBLISHING(null),
    COMPLETED(null);

    /** How many stages the method has; a completed project has done them all. */
    public static final int METHOD_STAGES = COMPLETED.ordinal();

    private final String taskKey;

    ProjectStage(String taskKey) {
        this.taskKey = taskKey;
    }

    /** The user task (its element id in development-work.bpmn) that stands for this stage, if any. */
    public Optional<String> taskKey() {
        return Optional.ofNullable(taskKey);
    }

    public static Optional<ProjectStage> ofTask(String taskDefinitionKey) {
        for (ProjectStage stage : values()) {
            if (stage.taskKey != null && stage.taskKey.equals(taskDefinitionKey)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** The stages done by the time a project is at this one. */
    public int stagesCompleted() {
        return ordinal();
    }
}
