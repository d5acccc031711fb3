package kz.shamy.circle.internal;

import kz.shamy.circle.Circle;
import kz.shamy.circle.Circles;
import static kz.shamy.circle.internal.CircleCycleVariables.CERTIFICATION_KEY;
import static kz.shamy.circle.internal.CircleCycleVariables.CIRCLE_ID;
import static kz.shamy.circle.internal.CircleCycleVariables.FACILITATOR_ID;
import static kz.shamy.circle.internal.CircleCycleVariables.PROJECT_ID;
import static kz.shamy.circle.internal.CircleCycleVariables.TEACHER_ID;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * StartCertifications: starts certification-approval (by key, the only contract with that feature) for
 * every teacher whose project completed, as recorded in circle_membership. Business key
 * "circle-{circleId}/{teacherId}".
 */
@Component("startCertifications")
class CircleCertificationStarter implements JavaDelegate {

    private final Circles circles;

    CircleCertificationStarter(Circles circles) {
        this.circles = circles;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Circle circle = circles.boundTo(execution.getProcessInstanceId());
        Long circleId = circle.id();
        String facilitatorId = circle.facilitatorId();
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        for (CircleMembership member : circles.completedTeachers(circleId)) {
            Map<String, Object> variables = new HashMap<>();
            variables.put(TEACHER_ID, member.getTeacherId());
            variables.put(FACILITATOR_ID, facilitatorId);
            variables.put(CIRCLE_ID, circleId);
            variables.put(PROJECT_ID, member.getProjectId());
            runtime.startProcessInstanceByKey(CERTIFICATION_KEY, "circle-" + circleId + "/" + member.getTeacherId(),
                    variables);
        }
    }
}
