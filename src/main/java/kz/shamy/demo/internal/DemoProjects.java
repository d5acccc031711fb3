package kz.shamy.demo.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import kz.shamy.circle.DevelopmentProjectVariables;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.circle.ProjectStage;
import kz.shamy.demo.internal.DemoScript.ProjectScript;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * DEMO ONLY. Takes one teacher's development-work instance (started by their circle) through the steps
 * the script has content for, completing each open task as its assignee, and checks that the project
 * then stands at the stage the script promises.
 */
@Component
class DemoProjects {

    private final RuntimeService runtime;
    private final DemoTasks tasks;
    private final DevelopmentProjects projects;

    DemoProjects(RuntimeService runtime, DemoTasks tasks, DevelopmentProjects projects) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.projects = projects;
    }

    ProjectStage advance(String circleProcessInstanceId, ProjectScript script, LocalDate today) {
        ProcessInstance work = runtime.createProcessInstanceQuery()
                .processDefinitionKey(DevelopmentProjectVariables.PROCESS_KEY)
                .superProcessInstanceId(circleProcessInstanceId)
                .variableValueEquals(DevelopmentProjectVariables.TEACHER_ID, script.teacher()).singleResult();
        if (work == null) {
            throw new IllegalStateException("no development-work instance for demo teacher " + script.teacher());
        }
        ProjectInputs inputs = new ProjectInputs(script, today);
        while (true) {
            Task task = tasks.openTask(work.getId());
            if (task == null) {
                throw new IllegalStateException("development-work of " + script.teacher() + " has no open task");
            }
            ProjectStage stage = ProjectStage.ofTask(task.getTaskDefinitionKey()).orElseThrow();
            Optional<Map<String, Object>> form = inputs.next(stage);
            if (form.isEmpty()) {
                break;
            }
            tasks.completeAsAssignee(task, form.get());
        }
        ProjectStage expected = ProjectStage.valueOf(script.stage());
        ProjectStage reached = projects.stageOf(script.teacher()).orElseThrow();
        if (reached != expected) {
            throw new IllegalStateException("demo project of " + script.teacher() + " stopped at " + reached
                    + ", not " + expected + ": check " + DemoScript.RESOURCE);
        }
        return reached;
    }
}
