package kz.shamy.circle.internal;

import kz.shamy.circle.Circles;
import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.circle.ProjectStage;
import static kz.shamy.circle.internal.CircleCycleVariables.TEACHER_ID;

import java.util.Comparator;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of each DevelopmentWork instance: writes that teacher's projectId / projectCompleted (mapped out
 * locally, so parallel instances don't overwrite each other) to circle_membership, where the
 * certification starter reads them.
 */
@Component("recordProjectResult")
public class MembershipResultListener implements ExecutionListener {

    private final Circles circles;
    private final DevelopmentProjects projects;

    public MembershipResultListener(Circles circles, DevelopmentProjects projects) {
        this.circles = circles;
        this.projects = projects;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object teacherId = execution.getVariableLocal(TEACHER_ID);
        if (execution.isCanceled() || !(teacherId instanceof String teacher)) {
            return; // cancelled with the cycle, or the multi-instance body rather than one teacher's instance
        }
        // the project and whether it completed come from Shamy's tables, not from what the called process returned
        Long circleId = circles.boundTo(execution.getProcessInstanceId()).id();
        DevelopmentProject project = projects.projectsOfCircle(circleId).stream()
                .filter(candidate -> candidate.teacher().equals(teacher))
                .max(Comparator.comparing(DevelopmentProject::id)).orElse(null);
        circles.recordProjectResult(circleId, teacher, project == null ? null : project.id(),
                project != null && project.stage() == ProjectStage.COMPLETED);
    }
}
