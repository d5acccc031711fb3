package kz.shamy.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before every authorization check the engine narrows the caller's groups to those named in some authorization row,
 * and to learn those it runs {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} once per command: a read of
 * every authorization row, which grow with every open task and every task done (a completed task's history grant
 * stays). The narrowing only shortens the {@code GROUP_ID_ IN (…)} list of the check that follows; a group without
 * rows matches nothing there anyway. Shamy's callers belong to one or two groups, so the engine here takes them as
 * given, and the check answers the same without that read ({@code AuthorizationMatrixIntegrationTests} and every
 * denial test run through it; {@code RequestStatementsIntegrationTests} counts the statement away).
 *
 * <p>With revoke checks off, a command's check itself is answered by {@link GrantChecks} from one fixed statement,
 * rather than by the engine's generic SQL, which MyBatis assembles anew for every check.
 */
@Component
class CallerGroupsAsGiven extends AbstractProcessEnginePlugin implements SessionFactory {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(this);
        configuration.setCustomSessionFactories(factories);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        GrantChecks.register(configuration.getSqlSessionFactory().getConfiguration(),
                configuration.getDatabaseTablePrefix());
    }

    @Override
    public Class<?> getSessionType() {
        return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
        return new Authorizations();
    }

    /**
     * The engine's authorization manager, but the caller's groups go into the check unfiltered, and a check that
     * looks for grants only is answered by {@link GrantChecks}.
     */
    static final class Authorizations extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
        }

        @Override
        public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck permissionCheck) {
            if (!isAuthorizationEnabled()) {
                return true;
            }
            // the composite form checks the resource and the permission as the engine does, then answers
            return isAuthorized(userId, groupIds, createCompositePermissionCheck(permissionCheck));
        }

        @Override
        public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
            for (PermissionCheck permission : check.getAllPermissionChecks()) {
                if (!isResourceValidForPermission(permission)) {
                    return super.isAuthorized(userId, groupIds, check); // which refuses it, in the engine's words
                }
            }
            if (isRevokeAuthCheckEnabled(userId, groupIds) || !GrantChecks.handles(check)) {
                return super.isAuthorized(userId, groupIds, check);
            }
            List<?> rows = getDbEntityManager().selectListWithRawParameter(GrantChecks.STATEMENT,
                    GrantChecks.parameters(check), 0, Integer.MAX_VALUE);
            List<GrantChecks.Grant> grants = new ArrayList<>(rows.size());
            for (Object row : rows) {
                grants.add(GrantChecks.Grant.of((Map<?, ?>) row));
            }
            return GrantChecks.authorized(grants, userId, filterAuthenticatedGroupIds(groupIds), check);
        }

        /** The engine's own statement for the same check (for the tests that compare the two). */
        boolean enginesAnswer(String userId, List<String> groupIds, CompositePermissionCheck check) {
            return super.isAuthorized(userId, groupIds, check);
        }
    }
}
