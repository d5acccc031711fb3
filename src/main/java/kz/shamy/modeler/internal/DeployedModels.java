package kz.shamy.modeler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kz.shamy.shared.NotFound;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DecisionDefinitionQuery;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.repository.Resource;
import org.springframework.stereotype.Component;

/** What the engine has deployed of each kind, every version, and the bytes of each (public engine API only). */
@Component
class DeployedModels {

    private final RepositoryService repository;
    private final ObjectMapper json;
    /**
     * The forms each deployment carries (id and resource name), read once: a deployment never changes, so the list
     * need not load every deployment's bytes again on each request. A deleted deployment's entry is dropped.
     */
    private final Map<String, List<FormResource>> formsByDeployment = new ConcurrentHashMap<>();

    private record FormResource(String id, String resourceName) {
    }

    DeployedModels(RepositoryService repository, ObjectMapper json) {
        this.repository = repository;
        this.json = json;
    }

    /** Every deployed version of every process, decision and form, oldest first within a key. */
    List<DeployedModel> all() {
        return of(EnumSet.allOf(ModelKind.class), null);
    }

    /** Every deployed version of the models of these kinds (of one key, when given), oldest first within a key. */
    private List<DeployedModel> of(Set<ModelKind> kinds, String key) {
        Map<String, Deployment> deployments = deployments();
        List<DeployedModel> models = new ArrayList<>();
        if (kinds.contains(ModelKind.BPMN)) {
            ProcessDefinitionQuery query = repository.createProcessDefinitionQuery();
            for (ProcessDefinition process : (key == null ? query : query.processDefinitionKey(key)).list()) {
                models.add(new DeployedModel(ModelKind.BPMN, process.getKey(), process.getName(),
                        process.getVersion(), process.getId(), process.getDeploymentId(), process.getResourceName(),
                        deployments.get(process.getDeploymentId()).getDeploymentTime().toInstant()));
            }
        }
        if (kinds.contains(ModelKind.DMN)) {
            DecisionDefinitionQuery query = repository.createDecisionDefinitionQuery();
            for (DecisionDefinition decision : (key == null ? query : query.decisionDefinitionKey(key)).list()) {
                models.add(new DeployedModel(ModelKind.DMN, decision.getKey(), decision.getName(),
                        decision.getVersion(), decision.getId(), decision.getDeploymentId(),
                        decision.getResourceName(),
                        deployments.get(decision.getDeploymentId()).getDeploymentTime().toInstant()));
            }
        }
        if (kinds.contains(ModelKind.FORM)) {
            forms(deployments.values()).stream().filter(form -> key == null || form.key().equals(key))
                    .forEach(models::add);
        }
        models.sort(Comparator.comparing(DeployedModel::kind).thenComparing(DeployedModel::key)
                .thenComparingInt(DeployedModel::version));
        return models;
    }

    /** The latest version of each model of a kind, by key. */
    Map<String, DeployedModel> latest(ModelKind kind) {
        Map<String, DeployedModel> latest = new LinkedHashMap<>();
        of(EnumSet.of(kind), null).forEach(model -> latest.put(model.key(), model));
        return latest;
    }

    Map<String, Deployment> deployments() {
        Map<String, Deployment> byId = new HashMap<>();
        repository.createDeploymentQuery().list().forEach(deployment -> byId.put(deployment.getId(), deployment));
        return byId;
    }

    /** Each deployment carrying a form with a given id is a version of that form, counted in deployment order. */
    private List<DeployedModel> forms(java.util.Collection<Deployment> deployments) {
        List<Deployment> inOrder = deployments.stream()
                .sorted(Comparator.comparing(Deployment::getDeploymentTime).thenComparing(Deployment::getId)).toList();
        Map<String, Integer> versions = new HashMap<>();
        List<DeployedModel> forms = new ArrayList<>();
        formsByDeployment.keySet().retainAll(deployments.stream().map(Deployment::getId).toList());
        for (Deployment deployment : inOrder) {
            for (FormResource form : formsByDeployment.computeIfAbsent(deployment.getId(), this::readForms)) {
                int version = versions.merge(form.id(), 1, Integer::sum);
                forms.add(new DeployedModel(ModelKind.FORM, form.id(), form.id(), version, null, deployment.getId(),
                        form.resourceName(), deployment.getDeploymentTime().toInstant()));
            }
        }
        return forms;
    }

    private List<FormResource> readForms(String deploymentId) {
        List<FormResource> forms = new ArrayList<>();
        for (Resource resource : repository.getDeploymentResources(deploymentId)) {
            if (resource.getName().endsWith(ModelKind.FORM.suffix())) {
                formId(resource.getBytes()).ifPresent(id -> forms.add(new FormResource(id, resource.getName())));
            }
        }
        return List.copyOf(forms);
    }

    /** A form's key is the {@code id} of its JSON; a form without one is no form the engine can refer to. */
    Optional<String> formId(byte[] content) {
        try {
            JsonNode id = json.readTree(content).path("id");
            return id.isTextual() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    List<DeployedModel> versions(ModelKind kind, String key) {
        return of(EnumSet.of(kind), key);
    }

    DeployedModel version(ModelKind kind, String key, int version) {
        return versions(kind, key).stream().filter(model -> model.version() == version).findFirst()
                .orElseThrow(() -> new NotFound("version " + version + " of " + kind.id(), key));
    }

    Optional<DeployedModel> latest(ModelKind kind, String key) {
        List<DeployedModel> versions = versions(kind, key);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    byte[] content(DeployedModel model) {
        return content(model.deploymentId(), model.resourceName());
    }

    byte[] content(String deploymentId, String resourceName) {
        try (InputStream in = repository.getResourceAsStream(deploymentId, resourceName)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The forms deployed together with a deployment's processes, by form id. */
    Map<String, byte[]> formsOf(String deploymentId) {
        Map<String, byte[]> forms = new HashMap<>();
        for (Resource resource : repository.getDeploymentResources(deploymentId)) {
            if (resource.getName().endsWith(ModelKind.FORM.suffix())) {
                formId(resource.getBytes()).ifPresent(id -> forms.put(id, resource.getBytes()));
            }
        }
        return forms;
    }
}
