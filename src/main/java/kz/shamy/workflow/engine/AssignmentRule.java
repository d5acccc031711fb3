package kz.shamy.workflow.engine;

import kz.shamy.workflow.TaskInputRejected;
import java.util.List;
import java.util.Optional;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Assignment listener of every user task: the one rule for every change of who holds a task after the process
 * assigned it, whichever path made it (claim, unclaim, assignee, delegate, resolve; REST, Tasklist or Java):
 * <ul>
 * <li>a person claims a task only when it is unassigned and offered to a group they belong to;</li>
 * <li>a person gives back (unclaims) only a task they hold;</li>
 * <li>a task is handed to someone else (reassigned or delegated) only by a facilitator or an assessor, and only
 *     to a peer — another person of their own role. A teacher's work is their own, and a review never goes to
 *     someone outside the reviewers' role;</li>
 * <li>a delegate hands a resolved task back to its owner.</li>
 * </ul>
 * The engine itself (no one signed in: timers, Shamy's own code) and administrators are not bound by it.
 * Refused with 400; the task stays as it was.
 */
class AssignmentRule implements TaskListener {

    private final ObjectProvider<People> people;

    AssignmentRule(ObjectProvider<People> people) {
        this.people = people;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!(task instanceof TaskEntity entity) || !"Updated".equals(entity.getTaskState())) {
            return; // the process's own assignment, as the task is created
        }
        Optional<EngineCallers.Caller> who =
                EngineCallers.current(task.getProcessEngineServices().getIdentityService());
        if (who.isEmpty() || who.get().groupIds().contains(EngineSettings.ADMIN_GROUP)) {
            return;
        }
        String caller = who.get().userId();
        String former = former(entity);
        String next = entity.getAssignee();
        if (next == null) {
            if (!caller.equals(former)) {
                throw new TaskInputRejected("only the person who holds task " + task.getId() + " can give it back");
            }
        } else if (next.equals(caller) && former == null) {
            if (!offeredTo(entity, who.get().groupIds())) {
                throw new TaskInputRejected("task " + task.getId() + " is not offered to a group of " + caller);
            }
        } else if (entity.getDelegationState() == DelegationState.RESOLVED && next.equals(entity.getOwner())) {
            return; // the delegate hands the task back
        } else {
            handOn(task.getId(), caller, next);
        }
    }

    private void handOn(String taskId, String caller, String next) {
        Optional<Role> role = roleOf(caller);
        if (role.isEmpty() || !AssigneeAuthorizations.HANDING_ON_ROLES.contains(role.get())) {
            throw new TaskInputRejected("task " + taskId + " cannot be handed to " + next
                    + ": only facilitators and assessors hand their work on");
        }
        if (!role.equals(roleOf(next))) {
            throw new TaskInputRejected("task " + taskId + " can only be handed to another " + role.get().label()
                    + ", and " + next + " is not one");
        }
    }

    private static String former(TaskEntity task) {
        PropertyChange change = task.getPropertyChanges().get(TaskEntity.ASSIGNEE);
        return change == null ? task.getAssignee() : change.getOrgValueString();
    }

    private static boolean offeredTo(TaskEntity task, List<String> groups) {
        for (IdentityLinkEntity link : task.getIdentityLinks()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                    && groups.contains(link.getGroupId())) {
                return true;
            }
        }
        return false;
    }

    private Optional<Role> roleOf(String username) {
        return people.getObject().find(username).map(Person::role);
    }
}
