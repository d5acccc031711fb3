package kz.shamy.workflow.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Shamy's processes refer to their forms with {@code camunda:formRefBinding="deployment"}: a form must be in the
 * same deployment as the process. Start-up deployment is changed-only ({@link EngineSettings}), so a changed
 * process from processes/ is deployed without its unchanged forms, and a deployment through /engine-rest may bring
 * a process alone. Before the engine parses a new deployment, every form one of its processes refers to that way
 * and the deployment lacks is added to it, as the latest deployment holding a form with that id has it. A form
 * found nowhere is left missing (the modeler's checks report it).
 */
@Component
class FormsBesideTheirProcess extends AbstractProcessEnginePlugin implements Deployer {

    private static final String DEPLOYMENT_BINDING = "deployment";
    private static final String FORM = ".form";

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> preDeployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        preDeployers.add(this);
        configuration.setCustomPreDeployers(preDeployers);
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        // a deployment read back into the cache already holds what it held when it was made
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        Set<String> referred = new LinkedHashSet<>();
        Set<String> present = new LinkedHashSet<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            if (resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml")) {
                referred.addAll(formRefs(resource.getBytes()));
            } else if (resource.getName().endsWith(FORM)) {
                formId(resource.getBytes()).ifPresent(present::add);
            }
        }
        referred.removeAll(present);
        if (referred.isEmpty()) {
            return;
        }
        CommandContext command = Context.getCommandContext();
        RepositoryService repository = command.getProcessEngineConfiguration().getRepositoryService();
        for (Deployment earlier : repository.createDeploymentQuery().orderByDeploymentTime().desc().list()) {
            for (Resource resource : repository.getDeploymentResources(earlier.getId())) {
                if (!resource.getName().endsWith(FORM) || deployment.getResource(resource.getName()) != null) {
                    continue;
                }
                Optional<String> id = formId(resource.getBytes());
                if (id.isPresent() && referred.remove(id.get())) {
                    add(command, deployment, resource);
                }
            }
            if (referred.isEmpty()) {
                return;
            }
        }
    }

    private static void add(CommandContext command, DeploymentEntity deployment, Resource form) {
        ResourceEntity copy = new ResourceEntity();
        copy.setName(form.getName());
        copy.setBytes(form.getBytes());
        copy.setDeploymentId(deployment.getId());
        copy.setTenantId(deployment.getTenantId());
        copy.setType(ResourceTypes.REPOSITORY.getValue());
        copy.setCreateTime(ClockUtil.getCurrentTime());
        deployment.addResource(copy);
        command.getResourceManager().insertResource(copy);
    }

    private static Set<String> formRefs(byte[] bpmn) {
        Set<String> refs = new LinkedHashSet<>();
        try {
            BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
            model.getModelElementsByType(UserTask.class).stream()
                    .filter(task -> DEPLOYMENT_BINDING.equals(task.getCamundaFormRefBinding()))
                    .map(UserTask::getCamundaFormRef).filter(ref -> ref != null).forEach(refs::add);
            model.getModelElementsByType(StartEvent.class).stream()
                    .filter(start -> DEPLOYMENT_BINDING.equals(start.getCamundaFormRefBinding()))
                    .map(StartEvent::getCamundaFormRef).filter(ref -> ref != null).forEach(refs::add);
        } catch (RuntimeException e) {
            // a process that does not read: the engine's own parser refuses it next, with its message
        }
        return refs;
    }

    private Optional<String> formId(byte[] form) {
        try {
            JsonNode id = json.readTree(form).path("id");
            return id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
