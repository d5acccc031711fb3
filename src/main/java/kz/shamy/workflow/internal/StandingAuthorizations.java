package kz.shamy.workflow.internal;

import kz.shamy.workflow.engine.EngineSettings;
import java.util.List;
import java.util.Map;
import kz.shamy.identity.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The authorizations every installation needs, whoever provides the users: which groups may open
 * Tasklist, and the two task filters everyone works from. Task rights themselves come from the engine
 * when a task is assigned to a person or offered to a group. Idempotent, run after every start.
 */
@Component
class StandingAuthorizations {

    static final String MY_TASKS = "My tasks";
    static final String GROUP_TASKS = "My group's tasks";

    /** Roles that work in Tasklist. Staff only search reports, so they get no engine rights at all. */
    static final List<Role> TASKLIST_ROLES = List.of(Role.TEACHER, Role.PRINCIPAL, Role.FACILITATOR, Role.ASSESSOR);

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    StandingAuthorizations(AuthorizationService authorizations, FilterService filters, TaskService tasks) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener
    void onEngineReady(ApplicationReadyEvent event) {
        // Admin groups skip the engine's admin-only checks, but queries still filter by authorization:
        // administrators need an explicit grant on every resource, as Camunda's own first admin gets.
        for (Resources resource : Resources.values()) {
            grant(EngineSettings.ADMIN_GROUP, resource, Authorization.ANY, Permissions.ALL);
        }
        for (Role role : TASKLIST_ROLES) {
            grant(role.group(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        }
        narrowGrantsOfEarlierVersions();
        filter(MY_TASKS, -10, tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        filter(GROUP_TASKS, -5, tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                .taskUnassigned());
    }

    /**
     * Grants the engine made before Shamy narrowed them
     * ({@link kz.shamy.workflow.engine.AssigneeAuthorizations}): a task holder's
     * {@code UPDATE} (which let them write any variable) becomes {@code TASK_WORK} and {@code READ_VARIABLE}, and a person's {@code ALL} on
     * their own account becomes {@code READ}. Administrators' grants ({@code *}) are left as they are.
     */
    private void narrowGrantsOfEarlierVersions() {
        for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
                .hasPermission(Permissions.UPDATE).list()) {
            if (!Authorization.ANY.equals(grant.getResourceId()) && !EngineSettings.ADMIN_GROUP.equals(grant.getGroupId())) {
                grant.removePermission(Permissions.UPDATE);
                grant.addPermission(TaskPermissions.TASK_WORK);
                grant.addPermission(TaskPermissions.READ_VARIABLE);
                authorizations.saveAuthorization(grant);
            }
        }
        for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.USER)
                .hasPermission(Permissions.DELETE).list()) {
            if (grant.getUserId() != null && grant.getUserId().equals(grant.getResourceId())) {
                grant.setPermissions(new Permission[] {Permissions.READ});
                authorizations.saveAuthorization(grant);
            }
        }
    }

    private void filter(String name, int priority, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name).setOwner(null).setQuery(query)
                    .setProperties(Map.of("priority", priority, "description", name, "refresh", true));
            filters.saveFilter(filter);
        }
        for (Role role : TASKLIST_ROLES) {
            grant(role.group(), Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean present = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0;
        if (!present) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
            grant.addPermission(permission);
            authorizations.saveAuthorization(grant);
        }
    }
}
