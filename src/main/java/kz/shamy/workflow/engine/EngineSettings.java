package kz.shamy.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Engine settings that have no Spring Boot property. */
@Component
@Order(0)
public class EngineSettings extends AbstractProcessEnginePlugin {

    /** Members of this group administer the engine: all authorizations, Cockpit and Admin. */
    public static final String ADMIN_GROUP = "admins";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<String> adminGroups = configuration.getAdminGroups() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getAdminGroups());
        if (!adminGroups.contains(ADMIN_GROUP)) {
            adminGroups.add(ADMIN_GROUP);
        }
        configuration.setAdminGroups(adminGroups);
        // Delegates and listeners are Shamy's own code and check relations themselves.
        configuration.setAuthorizationEnabledForCustomCode(false);
    }
}
