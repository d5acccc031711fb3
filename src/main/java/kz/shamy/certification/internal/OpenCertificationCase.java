package kz.shamy.certification.internal;

import static kz.shamy.certification.internal.CertificationVariables.CASE_ID;
import static kz.shamy.certification.internal.CertificationVariables.CIRCLE_ID;
import static kz.shamy.certification.internal.CertificationVariables.FACILITATOR_ID;
import static kz.shamy.certification.internal.CertificationVariables.PROJECT_ID;
import static kz.shamy.certification.internal.CertificationVariables.REVISION_ROUND;
import static kz.shamy.certification.internal.CertificationVariables.TEACHER_ID;

import kz.shamy.identity.People;
import kz.shamy.identity.Role;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.workflow.ProcessStartRejected;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of certification-approval: the teacher and facilitator must be known in their roles and the
 * circle and project given; otherwise nothing starts. Opens the case and keeps its id.
 */
@Component("openCertificationCase")
class OpenCertificationCase implements ExecutionListener {

    private final People people;
    private final Certifications certifications;

    OpenCertificationCase(People people, Certifications certifications) {
        this.people = people;
        this.certifications = certifications;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String teacher = person(execution, TEACHER_ID, Role.TEACHER);
        String facilitator = person(execution, FACILITATOR_ID, Role.FACILITATOR);
        Long circleId = id(execution, CIRCLE_ID);
        Long projectId = id(execution, PROJECT_ID);
        CertificationCase opened = certifications.open(teacher, facilitator, circleId, projectId,
                execution.getProcessInstanceId());
        // ids as Long whatever number type the starter used, so later steps read them one way
        execution.setVariable(CIRCLE_ID, circleId);
        execution.setVariable(PROJECT_ID, projectId);
        execution.setVariable(CASE_ID, opened.getId());
        execution.setVariable(REVISION_ROUND, 0);
    }

    private String person(DelegateExecution execution, String variable, Role role) {
        Object username = execution.getVariable(variable);
        try {
            return people.require(variable, username instanceof String s ? s : null, role).username();
        } catch (InvalidRequest e) {
            throw new ProcessStartRejected(e.getMessage());
        }
    }

    private static Long id(DelegateExecution execution, String variable) {
        Object value = execution.getVariable(variable);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new ProcessStartRejected(variable + " is required");
    }
}
