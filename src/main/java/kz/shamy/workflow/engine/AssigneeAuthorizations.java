package kz.shamy.workflow.engine;

import java.util.Optional;
import java.util.Set;
import kz.shamy.identity.PersonRoles;
import kz.shamy.identity.Role;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The engine's own grants, narrowed to what Shamy's people do:
 * <ul>
 * <li>a task's assignee, owner and candidates <em>work</em> it ({@code TASK_WORK}, set as the engine's default
 *     task permission): read, claim, complete, submit its form — never {@code UPDATE}, which would let them write
 *     any variable of the process;</li>
 * <li>facilitators, assessors and administrators may also hand their task on ({@code TASK_ASSIGN}), under
 *     {@link AssignmentRule};</li>
 * <li>when a task's assignee changes, the former assignee's user grants on it go, unless they still hold it as
 *     its owner (who delegated it and gets it back) or as a candidate user. Grants to candidate groups stay, so
 *     an assessor who unclaims still sees the group's task;</li>
 * <li>a new account may read itself, not administer itself (the engine's default is {@code ALL}).</li>
 * </ul>
 * A process's task being created has an id the engine has just drawn, so no grant on it can exist yet: its grants
 * are made without first looking for one (two look-ups per task, issue 13). A standalone task, whose id its creator
 * may choose (and whose history grant may outlive an earlier task of that id), is looked up as the engine does.
 */
class AssigneeAuthorizations extends DefaultAuthorizationProvider {

    /** {@code TaskEntity.TaskState.STATE_INIT}'s name: a task not yet past its creation. */
    private static final String INIT = "Init";

    static final Set<Role> HANDING_ON_ROLES = Set.of(Role.FACILITATOR, Role.ASSESSOR, Role.ADMIN);

    private final ObjectProvider<PersonRoles> roles;

    AssigneeAuthorizations(ObjectProvider<PersonRoles> roles) {
        this.roles = roles;
    }

    @Override
    public AuthorizationEntity[] newUser(User user) {
        return new AuthorizationEntity[] {
                createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(), Permissions.READ)};
    }

    @Override
    public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
        if (oldAssignee != null && !oldAssignee.equals(newAssignee) && !stillHolds(task, oldAssignee)) {
            AuthorizationManager authorizations = Context.getCommandContext().getAuthorizationManager();
            authorizations.deleteAuthorizationsByResourceIdAndUserId(Resources.TASK, task.getId(), oldAssignee);
            authorizations.deleteAuthorizationsByResourceIdAndUserId(Resources.HISTORIC_TASK, task.getId(),
                    oldAssignee);
        }
        return mayHandOn(super.newTaskAssignee(task, oldAssignee, newAssignee), newAssignee);
    }

    @Override
    public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
        return mayHandOn(super.newTaskOwner(task, oldOwner, newOwner), newOwner);
    }

    @Override
    protected AuthorizationEntity createOrUpdateAuthorization(Task task, String userId, String groupId,
            Resource resource, boolean isHistoric, Permission... permissions) {
        if (!justCreatedInAProcess(task)) {
            return super.createOrUpdateAuthorization(task, userId, groupId, resource, isHistoric, permissions);
        }
        AuthorizationEntity grant = createAuthorization(userId, groupId, resource, task.getId(), permissions);
        if (isHistoric) {
            provideRemovalTime(grant, task);
        }
        return grant;
    }

    private static boolean justCreatedInAProcess(Task task) {
        return task instanceof TaskEntity entity && entity.getExecutionId() != null
                && INIT.equals(entity.getTaskState());
    }

    private AuthorizationEntity[] mayHandOn(AuthorizationEntity[] grants, String userId) {
        if (grants != null && userId != null && roleOf(userId).filter(HANDING_ON_ROLES::contains).isPresent()) {
            for (AuthorizationEntity grant : grants) {
                if (grant.getResourceType() == Resources.TASK.resourceType()) {
                    grant.addPermission(TaskPermissions.TASK_ASSIGN);
                }
            }
        }
        return grants;
    }

    /** Remembered briefly: the grant only lets the engine ask {@link AssignmentRule}, which reads the role afresh. */
    private Optional<Role> roleOf(String username) {
        return roles.getObject().roleOf(username);
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
