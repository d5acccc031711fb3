package kz.shamy.certification;

import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;

/**
 * The engine of camunda.cfg.xml plus the coverage library's parse listener. Without that listener the
 * coverage extension records nothing, logs "coverage could not be calculated" and its assertion never fails;
 * with it, {@code assertClassCoverageAtLeast(1.0)} really checks every flow node and sequence flow.
 */
final class CoverageEngine {

    private CoverageEngine() {
    }

    static ProcessEngineConfiguration configuration(String name) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createProcessEngineConfigurationFromResource("camunda.cfg.xml");
        // an engine and database of its own, so it never meets the engine other test classes share
        configuration.setProcessEngineName(name);
        configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000");
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
        return configuration;
    }
}
