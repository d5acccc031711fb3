package kz.shamy.certification.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works a certification case's tasks, for the process's assignee expressions
 * ({@code camunda:assignee="${casePeople.teacher(execution)}"}): read from the case the instance is bound to in
 * Shamy's tables, never from a variable a task's holder could have written. Public, as the engine's expression
 * language calls only public methods of public classes.
 */
@Component("casePeople")
public class CasePeople {

    private final Certifications certifications;

    CasePeople(Certifications certifications) {
        this.certifications = certifications;
    }

    /** The teacher the case certifies. */
    public String teacher(DelegateExecution execution) {
        return certifications.boundTo(execution.getProcessInstanceId()).getTeacher();
    }

    /** The facilitator who endorses their portfolio. */
    public String facilitator(DelegateExecution execution) {
        return certifications.boundTo(execution.getProcessInstanceId()).getFacilitator();
    }
}
