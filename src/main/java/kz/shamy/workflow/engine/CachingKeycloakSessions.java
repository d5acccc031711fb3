package kz.shamy.workflow.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.extension.keycloak.KeycloakConfiguration;
import org.camunda.bpm.extension.keycloak.KeycloakIdentityProviderFactory;
import org.springframework.http.client.ClientHttpRequestInterceptor;

/**
 * The plugin's session factory, opening {@link CachingKeycloakSession}s that share three caches keyed by person
 * or group rather than by query: one person by username, one group by id, and the groups of one person. The
 * plugin's own cache keys whole queries, so the same person asked for by {@code userId}, by {@code userIdIn} or on
 * another page of Tasklist was fetched again, and {@code userIdIn} of several people read the first
 * {@code maxResultSize} people of the realm each time. Entries expire after the configured time to live; a person
 * who does not exist is cached as absent for as long.
 */
final class CachingKeycloakSessions extends KeycloakIdentityProviderFactory {

    private final Cache<String, Optional<User>> users;
    private final Cache<String, Optional<Group>> groups;
    private final Cache<String, List<Group>> groupsOfUser;

    CachingKeycloakSessions(KeycloakConfiguration configuration, List<ClientHttpRequestInterceptor> interceptors,
            int size, Duration timeToLive) {
        super(configuration, interceptors);
        this.users = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(timeToLive).build();
        this.groups = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(timeToLive).build();
        this.groupsOfUser = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(timeToLive).build();
    }

    @Override
    public Session openSession() {
        return new CachingKeycloakSession(keycloakConfiguration, restTemplate, keycloakContextProvider,
                userQueryCache, groupQueryCache, checkPasswordCache, this);
    }

    Optional<User> user(String username, Function<String, Optional<User>> fetch) {
        return users.get(username, fetch);
    }

    Optional<Group> group(String groupId, Function<String, Optional<Group>> fetch) {
        return groups.get(groupId, fetch);
    }

    List<Group> groupsOf(String username, Function<String, List<Group>> fetch) {
        return groupsOfUser.get(username, fetch);
    }

    @Override
    public void clearCache() {
        super.clearCache();
        users.invalidateAll();
        groups.invalidateAll();
        groupsOfUser.invalidateAll();
    }
}
