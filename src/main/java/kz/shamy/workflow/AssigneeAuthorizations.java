package kz.shamy.workflow;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's own task grants, plus the revocation it lacks: when a task's assignee changes (reassigned,
 * delegated back, unclaimed), the former assignee's user grants on that task are deleted, unless they still
 * hold it another way — as its owner (who delegated it and gets it back) or as a candidate user. Grants to
 * candidate groups are untouched, so an assessor who unclaims still sees the group's task. Applies to every
 * task, of every process and standalone, since this is where the engine grants.
 */
class AssigneeAuthorizations extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        if (oldAssignee != null && !oldAssignee.equals(newAssignee) && !stillHolds(task, oldAssignee)) {
            AuthorizationManager authorizations = Context.getCommandContext().getAuthorizationManager();
            authorizations.deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), oldAssignee);
            authorizations.deleteAuthorizationsByResourceIdAndUserId(Resources.HISTORIC_TASK, task.getId(),
                    oldAssignee);
        }
        return super.newTaskAssignee(task, oldAssignee, newAssignee);
    }

    private static boolean stillHolds(Task task, String userId) {
        if (userId.equals(task.getOwner())) {
            return true;
        }
        if (task instanceof TaskEntity entity) {
            for (IdentityLinkEntity link : entity.getIdentityLinks()) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && userId.equals(link.getUserId())) {
                    return true;
                }
            }
        }
        return false;
    }
}
