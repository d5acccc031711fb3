package kz.shamy.identity;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.extension.keycloak.plugin.KeycloakIdentityProviderPlugin;

/**
 * The engine's users and groups, read (never written) from Keycloak's admin API by the community plugin
 * {@code camunda-platform-7-keycloak}. The plugin is unmaintained after 7.24 and queries Keycloak on every
 * look-up its cache misses, so this adapter is the only class that knows it: replacing or caching it
 * differently changes this file alone.
 *
 * <p>Camunda user ids are Keycloak usernames and group ids are the group names ({@code teachers}), the
 * same ids tokens carry in {@code preferred_username} and {@code groups} and processes name.
 */
class KeycloakDirectory implements ProcessEnginePlugin {

    private final KeycloakIdentityProviderPlugin plugin = new KeycloakIdentityProviderPlugin();

    KeycloakDirectory(KeycloakProperties keycloak, MeterRegistry meters) {
        plugin.setKeycloakIssuerUrl(keycloak.issuer());
        plugin.setKeycloakAdminUrl(keycloak.adminUrl());
        plugin.setClientId(keycloak.identity().clientId());
        plugin.setClientSecret(keycloak.identity().clientSecret());
        plugin.setUseUsernameAsCamundaUserId(true);
        plugin.setUseGroupPathAsCamundaGroupId(true);
        // administrators' authorizations come from workflow's StandingAuthorizations, as in local mode
        plugin.setCacheEnabled(true);
        plugin.setMaxCacheSize(keycloak.identity().cacheSize());
        plugin.setCacheExpirationTimeoutMin(keycloak.identity().cacheMinutes());
        // people sign in with tokens; the engine never checks a password
        plugin.setLoginCacheEnabled(false);
        plugin.setCustomHttpRequestInterceptors(List.of(new KeycloakRequestTimer(meters)));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        plugin.preInit(configuration);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        plugin.postInit(configuration);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        plugin.postProcessEngineBuild(processEngine);
    }

    /** Forget cached users and groups, so a change in Keycloak shows at once. */
    void clearCache() {
        plugin.clearCache();
    }
}
