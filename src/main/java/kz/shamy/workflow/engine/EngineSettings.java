package kz.shamy.workflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
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
        // Start-up deployment of processes/ (the starter's "SpringAutoDeployment") deploys only the files changed
        // since its own last deployment. With all of them redeployed whenever one changed, each came back as a new
        // version, rolling back a process deployed since from the modeler or /engine-rest. The forms a changed
        // process needs beside it are added by FormsBesideTheirProcess. (The starter has no property for this.)
        if (configuration instanceof SpringProcessEngineConfiguration spring) {
            spring.setDeployChangedOnly(true);
        }
    }
}
