package kz.shamy.workflow.engine;

import java.util.ArrayList;
import java.util.List;
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
    public Class<?> getSessionType() {
        return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
        return new Authorizations();
    }

    /** The engine's authorization manager, but the caller's groups go into the check unfiltered. */
    static final class Authorizations extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
        }
    }
}
