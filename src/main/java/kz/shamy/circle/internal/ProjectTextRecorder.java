package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProjectVariables;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.circle.ProjectStage;
import static kz.shamy.circle.DevelopmentProjectVariables.CONCERN;
import static kz.shamy.circle.DevelopmentProjectVariables.CONSULTATION_NOTES;
import static kz.shamy.circle.DevelopmentProjectVariables.CULTURE_REFLECTION;
import static kz.shamy.circle.DevelopmentProjectVariables.VALUES_STATEMENT;

import java.util.Map;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On {@code complete} of the first four steps (values, concern, school culture, consultation): the text
 * the teacher wrote is required; it is saved on the project and leaves the process.
 */
@Component("recordProjectText")
class ProjectTextRecorder implements TaskListener {

    private static final Map<ProjectStage, String> VARIABLES = Map.of(
            ProjectStage.CLARIFY_VALUES, VALUES_STATEMENT,
            ProjectStage.IDENTIFY_CONCERN, CONCERN,
            ProjectStage.REFLECT_ON_CULTURE, CULTURE_REFLECTION,
            ProjectStage.CONSULT_COLLEAGUES, CONSULTATION_NOTES);

    private final DevelopmentProjects projects;

    ProjectTextRecorder(DevelopmentProjects projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        ProjectStage step = ProjectStage.ofTask(task.getTaskDefinitionKey()).filter(VARIABLES::containsKey)
                .orElseThrow(() -> new IllegalStateException(task.getTaskDefinitionKey() + " has no text step"));
        String variable = VARIABLES.get(step);
        String text = ProjectTaskInput.text(task, variable);
        if (text == null || text.isBlank()) {
            throw new TaskInputRejected(variable + " is required");
        }
        ProjectTaskInput.orRejected(() -> projects.record(projects.boundTo(task.getProcessInstanceId()).id(), step, text));
        task.removeVariable(variable);
    }
}
