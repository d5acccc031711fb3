package kz.shamy.circle.internal;

import kz.shamy.circle.Circle;
import kz.shamy.circle.Circles;
import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjectVariables;
import kz.shamy.circle.DevelopmentProjects;
import static kz.shamy.circle.DevelopmentProjectVariables.CIRCLE_ID;
import static kz.shamy.circle.DevelopmentProjectVariables.PROJECT_COMPLETED;
import static kz.shamy.circle.DevelopmentProjectVariables.PROJECT_ID;
import static kz.shamy.circle.DevelopmentProjectVariables.TEACHER_ID;

import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.workflow.ProcessStartRejected;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of {@code development-work}: binds the instance to its project. The circle is the one whose cycle called
 * this instance (bound to it in Shamy's tables) or, for a start by an administrator, the existing circle its
 * {@code circleId} names; the facilitator is that circle's, and the teacher must be one of its members; otherwise
 * nothing starts. Later steps read who and what the instance concerns from the project row.
 */
@Component("openProject")
class ProjectOpening implements ExecutionListener {

    private final People people;
    private final Circles circles;
    private final DevelopmentProjects projects;

    ProjectOpening(People people, Circles circles, DevelopmentProjects projects) {
        this.people = people;
        this.circles = circles;
        this.projects = projects;
    }

    @Override
    public void notify(DelegateExecution execution) {
        DelegateExecution caller = execution.getSuperExecution();
        Circle circle = caller != null ? circles.boundTo(caller.getProcessInstanceId()) : namedCircle(execution);
        Person teacher = teacher(execution);
        if (!circles.teachersOf(circle.id()).contains(teacher.username())) {
            throw new ProcessStartRejected("development-work: " + teacher.username() + " is not a teacher of circle "
                    + circle.id());
        }
        DevelopmentProject project = projects.open(teacher.username(), circle.facilitatorId(), circle.id(),
                teacher.schoolId(), execution.getProcessInstanceId());
        execution.setVariable(PROJECT_ID, project.id());
        execution.setVariable(PROJECT_COMPLETED, false);
    }

    private Circle namedCircle(DelegateExecution execution) {
        Object id = execution.getVariable(CIRCLE_ID);
        return circles.find(id instanceof Number number ? number.longValue() : null).orElseThrow(
                () -> new ProcessStartRejected("development-work: " + CIRCLE_ID + " must name an existing circle"));
    }

    private Person teacher(DelegateExecution execution) {
        if (!(execution.getVariable(TEACHER_ID) instanceof String username)) {
            throw new ProcessStartRejected("development-work: " + TEACHER_ID + " must be a username");
        }
        try {
            return people.require(TEACHER_ID, username, Role.TEACHER);
        } catch (InvalidRequest e) {
            throw new ProcessStartRejected("development-work: " + TEACHER_ID + ": " + e.getMessage());
        }
    }
}
