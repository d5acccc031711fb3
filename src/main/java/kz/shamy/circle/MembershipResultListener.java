package kz.shamy.circle;

import static kz.shamy.circle.CircleCycleVariables.CIRCLE_ID;
import static kz.shamy.circle.CircleCycleVariables.PROJECT_COMPLETED;
import static kz.shamy.circle.CircleCycleVariables.PROJECT_ID;
import static kz.shamy.circle.CircleCycleVariables.TEACHER_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of each DevelopmentWork instance: writes that teacher's projectId / projectCompleted (mapped out
 * locally, so parallel instances don't overwrite each other) to circle_membership, where the
 * certification starter reads them.
 */
@Component("recordProjectResult")
class MembershipResultListener implements ExecutionListener {

    private final Circles circles;

    MembershipResultListener(Circles circles) {
        this.circles = circles;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object teacherId = execution.getVariableLocal(TEACHER_ID);
        if (execution.isCanceled() || !(teacherId instanceof String teacher)) {
            return; // cancelled with the cycle, or the multi-instance body rather than one teacher's instance
        }
        Object projectId = execution.getVariableLocal(PROJECT_ID);
        boolean completed = Boolean.TRUE.equals(execution.getVariableLocal(PROJECT_COMPLETED));
        circles.recordProjectResult((Long) execution.getVariable(CIRCLE_ID), teacher,
                projectId instanceof Number number ? number.longValue() : null, completed);
    }
}
