package kz.shamy.workflow.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.extension.keycloak.CacheableKeycloakCheckPasswordCall;
import org.camunda.bpm.extension.keycloak.CacheableKeycloakGroupQuery;
import org.camunda.bpm.extension.keycloak.CacheableKeycloakUserQuery;
import org.camunda.bpm.extension.keycloak.KeycloakConfiguration;
import org.camunda.bpm.extension.keycloak.KeycloakContextProvider;
import org.camunda.bpm.extension.keycloak.KeycloakGroupQuery;
import org.camunda.bpm.extension.keycloak.KeycloakIdentityProviderSession;
import org.camunda.bpm.extension.keycloak.KeycloakUserQuery;
import org.camunda.bpm.extension.keycloak.cache.QueryCache;
import org.camunda.bpm.extension.keycloak.rest.KeycloakRestTemplate;

/**
 * The plugin's session, answering the look-ups Tasklist and the webapps' sign-in make most from
 * {@link CachingKeycloakSessions}' caches: people by username ({@code userId}, {@code userIdIn}: the header's
 * profile, the assignee field, every embedded assignee), groups by id ({@code groupId}, {@code groupIdIn}: candidate
 * groups) and the groups of a person ({@code groupMember}). A miss asks Keycloak for that one person or group
 * with the plugin's own request. Every other query (name searches, members of a group) is the plugin's. Filtering,
 * authorization checks, sorting and paging are the plugin's too, applied to the cached entries on every query.
 */
final class CachingKeycloakSession extends KeycloakIdentityProviderSession {

    private final CachingKeycloakSessions caches;

    CachingKeycloakSession(KeycloakConfiguration configuration, KeycloakRestTemplate restTemplate,
            KeycloakContextProvider contextProvider, QueryCache<CacheableKeycloakUserQuery, List<User>> userQueries,
            QueryCache<CacheableKeycloakGroupQuery, List<Group>> groupQueries,
            QueryCache<CacheableKeycloakCheckPasswordCall, Boolean> passwordChecks, CachingKeycloakSessions caches) {
        super(configuration, restTemplate, contextProvider, userQueries, groupQueries, passwordChecks);
        this.caches = caches;
    }

    @Override
    protected List<User> findUserByQueryCriteria(KeycloakUserQuery query) {
        List<String> ids = idsOnly(query);
        if (ids == null) {
            return super.findUserByQueryCriteria(query);
        }
        List<User> found = new ArrayList<>();
        for (String id : ids) {
            caches.user(id, this::fetchUser).ifPresent(found::add);
        }
        return userService.postProcessResults(query, found, new StringBuilder());
    }

    @Override
    protected List<Group> findGroupByQueryCriteria(KeycloakGroupQuery query) {
        if (query.getUserId() != null && query.getId() == null && query.getIds() == null && otherwiseOpen(query)) {
            List<Group> groups = caches.groupsOf(query.getUserId(), this::fetchGroupsOf);
            return groupService.postProcessResults(query, groups, new StringBuilder());
        }
        List<String> ids = idsOnly(query);
        if (ids == null) {
            return super.findGroupByQueryCriteria(query);
        }
        List<Group> found = new ArrayList<>();
        for (String id : ids) {
            caches.group(id, this::fetchGroup).ifPresent(found::add);
        }
        return groupService.postProcessResults(query, found, new StringBuilder());
    }

    /** The usernames a query asks for when it asks for nothing else; null for any other query. */
    private static List<String> idsOnly(KeycloakUserQuery query) {
        boolean byIdOnly = query.getFirstName() == null && query.getFirstNameLike() == null
                && query.getLastName() == null && query.getLastNameLike() == null && query.getEmail() == null
                && query.getEmailLike() == null && query.getGroupId() == null && query.getTenantId() == null;
        return byIdOnly ? ids(query.getId(), query.getIds()) : null;
    }

    private static List<String> idsOnly(KeycloakGroupQuery query) {
        return query.getUserId() == null && otherwiseOpen(query) ? ids(query.getId(), query.getIds()) : null;
    }

    private static boolean otherwiseOpen(KeycloakGroupQuery query) {
        return query.getName() == null && query.getNameLike() == null && query.getType() == null
                && query.getTenantId() == null;
    }

    /** {@code id} and {@code ids} together narrow to their intersection, which the plugin's filter then applies. */
    private static List<String> ids(String id, String[] ids) {
        if (ids != null && ids.length > 0) {
            return List.copyOf(new LinkedHashSet<>(Arrays.asList(ids)));
        }
        return id != null && ids == null ? List.of(id) : null;
    }

    private Optional<User> fetchUser(String username) {
        KeycloakUserQuery one = new KeycloakUserQuery();
        one.userId(username);
        return userService.requestUsersWithoutGroupId(CacheableKeycloakUserQuery.of(one)).stream()
                .filter(user -> username.equals(user.getId())).findFirst();
    }

    private Optional<Group> fetchGroup(String groupId) {
        KeycloakGroupQuery one = new KeycloakGroupQuery();
        one.groupId(groupId);
        return groupService.requestGroupsWithoutUserId(CacheableKeycloakGroupQuery.of(one)).stream()
                .filter(group -> groupId.equals(group.getId())).findFirst();
    }

    private List<Group> fetchGroupsOf(String username) {
        KeycloakGroupQuery memberships = new KeycloakGroupQuery();
        memberships.groupMember(username);
        return List.copyOf(groupService.requestGroupsByUserId(CacheableKeycloakGroupQuery.of(memberships)));
    }
}
