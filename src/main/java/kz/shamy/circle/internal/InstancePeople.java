package kz.shamy.circle.internal;

import kz.shamy.circle.Circles;
import kz.shamy.circle.DevelopmentProjects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who works a circle's tasks, for the processes' assignee expressions
 * ({@code camunda:assignee="${instancePeople.teacher(execution)}"}): read from the project or circle the instance is
 * bound to in Shamy's tables, never from a variable a task's holder could have written. Public, as the engine's
 * expression language calls only public methods of public classes.
 */
@Component("instancePeople")
public class InstancePeople {

    private final DevelopmentProjects projects;
    private final Circles circles;

    InstancePeople(DevelopmentProjects projects, Circles circles) {
        this.projects = projects;
        this.circles = circles;
    }

    /** The teacher whose development work this {@code development-work} instance is. */
    public String teacher(DelegateExecution execution) {
        return projects.boundTo(execution.getProcessInstanceId()).teacher();
    }

    /** The facilitator who reviews it. */
    public String facilitator(DelegateExecution execution) {
        return projects.boundTo(execution.getProcessInstanceId()).facilitator();
    }

    /** The facilitator of the circle whose year this {@code circle-cycle} instance runs. */
    public String circleFacilitator(DelegateExecution execution) {
        return circles.boundTo(execution.getProcessInstanceId()).facilitatorId();
    }
}
