package kz.shamy.workflow.internal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda REST's authentication filter, which finds the engine a request addresses by scanning the class path for
 * its engine provider on every request (a {@code ServiceLoader} lookup, 2–4% of a task step's CPU in the issue-13
 * profile). Shamy embeds one engine: a request to it gets it directly; any other name is looked up as before (and
 * answered 404).
 */
class EngineRestAuthentication extends ProcessEngineAuthenticationFilter {

    private final ProcessEngine engine;

    EngineRestAuthentication(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    protected ProcessEngine getAddressedEngine(String engineName) {
        return engine.getName().equals(engineName) ? engine : super.getAddressedEngine(engineName);
    }
}
