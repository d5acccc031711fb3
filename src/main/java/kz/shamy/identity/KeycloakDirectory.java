package kz.shamy.identity;

import kz.shamy.identity.internal.CachingKeycloakSessions;
import kz.shamy.identity.internal.KeycloakProperties;
import kz.shamy.identity.internal.KeycloakRequestTimer;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;

/**
 * The engine's users and groups, read (never written) from Keycloak's admin API by the community plugin
 * {@code camunda-platform-7-keycloak}. The plugin is unmaintained after 7.24 and, with a realm of a thousand
 * people, its per-query cache made Tasklist ask Keycloak again for people it had just fetched (see
 * docs/BENCHMARKS.md): the engine gets the plugin's queries through {@link CachingKeycloakSessions}, which answers
 * look-ups of single people and groups from caches of its own. This package is the only one that knows the
 * plugin: replacing it changes these classes alone.
 *
 * <p>Camunda user ids are Keycloak usernames and group ids are the group names ({@code teachers}), the
 * same ids tokens carry in {@code preferred_username} and {@code groups} and processes name.
 */
public class KeycloakDirectory implements ProcessEnginePlugin {

    /** The plugin's configuration only: its own engine plugin would install its session factory instead of ours. */
    private final KeycloakIdentityProviderPlugin plugin = new KeycloakIdentityProviderPlugin();
    private final CachingKeycloakSessions sessions;

    public KeycloakDirectory(KeycloakProperties keycloak, MeterRegistry meters) {
        KeycloakProperties.Identity identity = keycloak.identity();
        plugin.setKeycloakIssuerUrl(keycloak.serverUrl());
        plugin.setKeycloakAdminUrl(keycloak.adminUrl());
        plugin.setClientId(identity.clientId());
        plugin.setClientSecret(identity.clientSecret());
        plugin.setUseUsernameAsCamundaUserId(true);
        plugin.setUseGroupPathAsCamundaGroupId(true);
        // administrators' authorizations come from workflow's StandingAuthorizations, as in local mode, so no
        // administrator group or user is configured here
        // the plugin's per-query cache stays on for the queries ours leaves to it (name searches, group members)
        plugin.setCacheEnabled(true);
        plugin.setMaxCacheSize(identity.cacheSize());
        plugin.setCacheExpirationTimeoutMin((int) Math.max(1, identity.cacheTimeToLive().toMinutes()));
        // people sign in with tokens; the engine never checks a password
        plugin.setLoginCacheEnabled(false);
        sessions = new CachingKeycloakSessions(plugin, List.of(new KeycloakRequestTimer(meters)), identity.cacheSize(),
                identity.cacheTimeToLive());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(sessions);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // nothing: the factory is in place, and nothing is read from Keycloak at start-up
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        // nothing: the plugin's step here only grants a configured administrator group, which Shamy has none of
    }

    /** Forget cached users and groups, so a change in Keycloak shows at once. */
    void clearCache() {
        sessions.clearCache();
    }
}
