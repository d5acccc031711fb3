package kz.shamy.workflow.engine;

import kz.shamy.workflow.internal.DeploymentRejected;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.stereotype.Component;

/**
 * Checks every deployment before the engine's own deployers parse it: each Camunda form ({@code .form})
 * must be a JSON object nested at most {@value #MAX_FORM_DEPTH} deep. The engine reads forms recursively,
 * so a form nested thousands deep overflowed its stack (a 500, and a thread's worth of stack for nothing);
 * Shamy's forms are nested four deep. Read here with a streaming parser, which keeps no stack. A refusal is
 * {@link DeploymentRejected}: nothing is deployed, the REST API answers 400.
 */
@Component
class DeploymentCheck extends AbstractProcessEnginePlugin implements Deployer {

    static final int MAX_FORM_DEPTH = 64;

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> preDeployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        preDeployers.add(0, this);
        configuration.setCustomPreDeployers(preDeployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (deployment.getResources() == null) {
            return;
        }
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (resource.getName() != null && resource.getName().endsWith(".form")) {
                checkForm(resource.getName(), resource.getBytes());
            }
        }
    }

    static void checkForm(String name, byte[] content) {
        try (JsonParser parser = JSON.createParser(content)) {
            int depth = 0;
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new DeploymentRejected("form " + name + " is not a JSON object");
            }
            for (JsonToken token = first; token != null; token = parser.nextToken()) {
                if (token.isStructStart() && ++depth > MAX_FORM_DEPTH) {
                    throw new DeploymentRejected("form " + name + " is nested more than " + MAX_FORM_DEPTH + " deep");
                }
                if (token.isStructEnd()) {
                    depth--;
                }
            }
        } catch (IOException e) {
            throw new DeploymentRejected("form " + name + " is not valid JSON: " + e.getMessage().lines().findFirst()
                    .orElse(""));
        }
    }
}
