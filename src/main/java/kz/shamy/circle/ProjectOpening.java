package kz.shamy.circle;

import static kz.shamy.circle.DevelopmentProjectVariables.CIRCLE_ID;
import static kz.shamy.circle.DevelopmentProjectVariables.FACILITATOR_ID;
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
 * Start of {@code development-work}: checks that the teacher and the facilitator are who they should be
 * and that a circle is named (otherwise nothing starts), then opens the project row.
 */
@Component("openProject")
class ProjectOpening implements ExecutionListener {

    private final People people;
    private final DevelopmentProjects projects;

    ProjectOpening(People people, DevelopmentProjects projects) {
        this.people = people;
        this.projects = projects;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Person teacher = person(execution, TEACHER_ID, Role.TEACHER);
        Person facilitator = person(execution, FACILITATOR_ID, Role.FACILITATOR);
        if (!(execution.getVariable(CIRCLE_ID) instanceof Number circleId)) {
            throw new ProcessStartRejected("development-work: circleId is required");
        }
        DevelopmentProject project = projects.open(teacher.getUsername(), facilitator.getUsername(),
                circleId.longValue(), teacher.getSchoolId(), execution.getProcessInstanceId());
        execution.setVariable(PROJECT_ID, project.getId());
        execution.setVariable(PROJECT_COMPLETED, false);
    }

    private Person person(DelegateExecution execution, String variable, Role role) {
        if (!(execution.getVariable(variable) instanceof String username)) {
            throw new ProcessStartRejected("development-work: " + variable + " must be a username");
        }
        try {
            return people.require(variable, username, role);
        } catch (InvalidRequest e) {
            throw new ProcessStartRejected("development-work: " + variable + ": " + e.getMessage());
        }
    }
}
