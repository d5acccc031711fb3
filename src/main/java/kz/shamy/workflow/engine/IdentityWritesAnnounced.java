package kz.shamy.workflow.engine;

import kz.shamy.identity.EngineIdentityChanged;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Local mode keeps its accounts in the engine's own tables, and whoever remembers a sign-in
 * ({@link kz.shamy.identity.RecentSignIns}) must hear when they change, whichever door changed them (the Admin
 * webapp, {@code /engine-rest}, Java). The engine's database identity provider, but every write — user, password,
 * unlock, group, tenant, membership — is announced as an {@link EngineIdentityChanged} once made. Keycloak mode
 * brings its own (read-only) provider, which this leaves alone.
 */
@Component
class IdentityWritesAnnounced extends AbstractProcessEnginePlugin implements SessionFactory {

    private final ObjectProvider<ApplicationEventPublisher> events;

    IdentityWritesAnnounced(ObjectProvider<ApplicationEventPublisher> events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getIdentityProviderSessionFactory() == null) {
            configuration.setIdentityProviderSessionFactory(this);
        }
    }

    @Override
    public Class<?> getSessionType() {
        return Accounts.class;
    }

    @Override
    public Session openSession() {
        return new Accounts(this);
    }

    void announce() {
        events.getObject().publishEvent(new EngineIdentityChanged());
    }

    /** The engine's provider; each write announced after it is made. */
    static final class Accounts extends DbIdentityServiceProvider {

        private final IdentityWritesAnnounced announcer;

        Accounts(IdentityWritesAnnounced announcer) {
            this.announcer = announcer;
        }

        private IdentityOperationResult announced(IdentityOperationResult result) {
            announcer.announce();
            return result;
        }

        @Override
        public IdentityOperationResult saveUser(User user) {
            return announced(super.saveUser(user));
        }

        @Override
        public IdentityOperationResult deleteUser(String userId) {
            return announced(super.deleteUser(userId));
        }

        @Override
        public IdentityOperationResult unlockUser(String userId) {
            return announced(super.unlockUser(userId));
        }

        @Override
        public IdentityOperationResult saveGroup(Group group) {
            return announced(super.saveGroup(group));
        }

        @Override
        public IdentityOperationResult deleteGroup(String groupId) {
            return announced(super.deleteGroup(groupId));
        }

        @Override
        public IdentityOperationResult saveTenant(Tenant tenant) {
            return announced(super.saveTenant(tenant));
        }

        @Override
        public IdentityOperationResult deleteTenant(String tenantId) {
            return announced(super.deleteTenant(tenantId));
        }

        @Override
        public IdentityOperationResult createMembership(String userId, String groupId) {
            return announced(super.createMembership(userId, groupId));
        }

        @Override
        public IdentityOperationResult deleteMembership(String userId, String groupId) {
            return announced(super.deleteMembership(userId, groupId));
        }

        @Override
        public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
            return announced(super.createTenantUserMembership(tenantId, userId));
        }

        @Override
        public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
            return announced(super.createTenantGroupMembership(tenantId, groupId));
        }

        @Override
        public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
            return announced(super.deleteTenantUserMembership(tenantId, userId));
        }

        @Override
        public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
            return announced(super.deleteTenantGroupMembership(tenantId, groupId));
        }
    }
}
