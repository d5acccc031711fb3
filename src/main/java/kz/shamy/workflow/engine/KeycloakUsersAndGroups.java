package kz.shamy.workflow.engine;

import java.util.Optional;
import kz.shamy.identity.KeycloakDirectory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * In Keycloak mode (when identity offers a {@link KeycloakDirectory}), the engine's users and groups are read
 * from Keycloak's admin API by the community plugin {@code camunda-platform-7-keycloak}, through
 * {@link CachingKeycloakSessions}. The plugin is unmaintained after 7.24 and, with a realm of a thousand people,
 * its per-query cache made Tasklist ask Keycloak again for people it had just fetched (see docs/BENCHMARKS.md):
 * the engine gets the plugin's queries through Shamy's session factory, which answers look-ups of single people and
 * groups from caches of its own. In local mode this does nothing and the engine keeps its own tables.
 */
@Component
class KeycloakUsersAndGroups extends AbstractProcessEnginePlugin {

    private final ObjectProvider<KeycloakDirectory> directory;

    KeycloakUsersAndGroups(ObjectProvider<KeycloakDirectory> directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Optional.ofNullable(directory.getIfAvailable()).ifPresent(keycloak -> {
            CachingKeycloakSessions sessions = sessions(keycloak);
            keycloak.onClearCache(sessions::clearCache);
            configuration.setIdentityProviderSessionFactory(sessions);
        });
    }

    /**
     * The plugin's configuration only: its own engine plugin would install its session factory instead of ours,
     * and its step after the engine is built only grants a configured administrator group, which Shamy has none
     * of (administrators' authorizations come from StandingAuthorizations, as in local mode).
     */
    private static CachingKeycloakSessions sessions(KeycloakDirectory keycloak) {
        KeycloakDirectory.Connection connection = keycloak.connection();
        KeycloakIdentityProviderPlugin plugin = new KeycloakIdentityProviderPlugin();
        plugin.setKeycloakIssuerUrl(connection.issuerUrl());
        plugin.setKeycloakAdminUrl(connection.adminUrl());
        plugin.setClientId(connection.clientId());
        plugin.setClientSecret(connection.clientSecret());
        plugin.setUseUsernameAsCamundaUserId(true);
        plugin.setUseGroupPathAsCamundaGroupId(true);
        // the plugin's per-query cache stays on for the queries ours leaves to it (name searches, group members)
        plugin.setCacheEnabled(true);
        plugin.setMaxCacheSize(connection.cacheSize());
        plugin.setCacheExpirationTimeoutMin((int) Math.max(1, connection.cacheTimeToLive().toMinutes()));
        // people sign in with tokens; the engine never checks a password
        plugin.setLoginCacheEnabled(false);
        return new CachingKeycloakSessions(plugin, keycloak.requestInterceptors(), connection.cacheSize(),
                connection.cacheTimeToLive());
    }
}
