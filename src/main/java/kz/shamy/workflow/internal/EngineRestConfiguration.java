package kz.shamy.workflow.internal;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine REST API (Jersey), with Shamy's problem details and request checks ahead of the engine's own. */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        EngineProblemMappers.ALL.forEach(this::register);
    }
}
