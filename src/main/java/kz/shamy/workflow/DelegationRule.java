package kz.shamy.workflow;

import java.util.Optional;
import java.util.Set;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.DelegationState;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Assignment listener of every user task: a task may be delegated (Camunda's {@code delegate}: the owner
 * keeps it, the delegate resolves it and hands it back) only to a peer — someone holding the owner's role,
 * and only for facilitators', assessors' and administrators' work. A teacher's work is their own, and a
 * review never goes to someone outside the reviewers' role. Refused with 400; the task stays as it was.
 */
class DelegationRule implements TaskListener {

    static final Set<Role> DELEGATING_ROLES = Set.of(Role.FACILITATOR, Role.ASSESSOR, Role.ADMIN);

    private final ObjectProvider<People> people;

    DelegationRule(ObjectProvider<People> people) {
        this.people = people;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!(task instanceof TaskEntity entity) || entity.getDelegationState() != DelegationState.PENDING) {
            return;
        }
        String owner = entity.getOwner();
        String delegate = entity.getAssignee();
        Optional<Role> ownerRole = roleOf(owner);
        if (ownerRole.isEmpty() || !DELEGATING_ROLES.contains(ownerRole.get())) {
            throw new TaskInputRejected("task " + task.getId() + " of " + owner + " cannot be delegated: only "
                    + "facilitators, assessors and administrators delegate their work");
        }
        if (!ownerRole.equals(roleOf(delegate))) {
            throw new TaskInputRejected("task " + task.getId() + " can only be delegated to another "
                    + ownerRole.get().label() + ", and " + delegate + " is not one");
        }
    }

    private Optional<Role> roleOf(String username) {
        return people.getObject().find(username).map(Person::getRole);
    }
}
