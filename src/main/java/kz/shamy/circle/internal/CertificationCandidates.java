package kz.shamy.circle.internal;

import kz.shamy.circle.Circles;
import kz.shamy.circle.internal.CircleMembership;
import java.util.List;
import kz.shamy.shared.NotFound;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the call activity Certification of circle-cycle passes to certification-approval, read from Shamy's
 * tables by the calling instance, never from its variables: the teachers whose project completed (the
 * multi-instance collection, from circle_membership), and for each the circle, the project and the business key
 * "circle-{circleId}/{teacherId}". The only variable read is the element variable the engine itself sets from
 * that collection, with no wait state in between. Public only because JUEL calls its methods by reflection.
 */
@Component("certificationCandidates")
public class CertificationCandidates {

    private final Circles circles;

    public CertificationCandidates(Circles circles) {
        this.circles = circles;
    }

    public List<String> teachers(DelegateExecution execution) {
        return circles.completedTeachers(circleOf(execution)).stream().map(CircleMembership::getTeacherId).toList();
    }

    public Long circleOf(DelegateExecution execution) {
        return circles.boundTo(execution.getProcessInstanceId()).id();
    }

    public Long projectOf(DelegateExecution execution, String teacherId) {
        Long circleId = circleOf(execution);
        return circles.completedTeachers(circleId).stream()
                .filter(member -> member.getTeacherId().equals(teacherId)).findFirst()
                .map(CircleMembership::getProjectId)
                .orElseThrow(() -> new NotFound("completed project of " + teacherId + " in circle", circleId));
    }

    public String businessKey(DelegateExecution execution, String teacherId) {
        return "circle-" + circleOf(execution) + "/" + teacherId;
    }
}
