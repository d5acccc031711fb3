package kz.shamy.modeler.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The modeler's list: every deployed model with its versions newest first, who deployed each and from where,
 * how many instances run on each process version, and the drafts open on it.
 */
@Component
class ModelCatalogue {

    /** The name Camunda's Spring Boot starter gives the deployment of processes/ at start-up. */
    static final String START_UP_DEPLOYMENT = "SpringAutoDeployment";
    /** The source the modeler sets on its deployments, so they are told apart from every other. */
    static final String MODELER_SOURCE = "shamy-modeler";

    private final DeployedModels deployed;
    private final ModelDraftRepository drafts;
    private final ModelAuditRepository audit;
    private final HistoryService history;
    private final ManagementService management;

    ModelCatalogue(DeployedModels deployed, ModelDraftRepository drafts, ModelAuditRepository audit,
            HistoryService history, ManagementService management) {
        this.deployed = deployed;
        this.drafts = drafts;
        this.audit = audit;
        this.history = history;
        this.management = management;
    }

    record Model(String kind, String key, String name, String resourceName, List<Version> versions,
            List<DraftSummary> drafts) {
    }

    record Version(int version, String definitionId, String deploymentId, Instant deployedAt, String deployedBy,
            String source, long runningInstances) {
    }

    record DraftSummary(String id, String author, Instant updatedAt) {
    }

    @Transactional(readOnly = true)
    List<Model> models() {
        List<DeployedModel> all = deployed.all();
        Map<String, Deployment> deployments = deployed.deployments();
        Map<String, String> deployers = deployers(deployments.keySet());
        Map<String, Long> running = new HashMap<>();
        // one statistics query for every process version, not one per version
        for (ProcessDefinitionStatistics statistics : management.createProcessDefinitionStatisticsQuery().list()) {
            running.put(statistics.getId(), (long) statistics.getInstances());
        }

        Map<String, List<DeployedModel>> byModel = new LinkedHashMap<>();
        all.forEach(model -> byModel.computeIfAbsent(model.kind().id() + "/" + model.key(), k -> new ArrayList<>())
                .add(model));
        Map<String, List<DraftSummary>> draftsByModel = new HashMap<>();
        Map<String, ModelDraft> newModels = new LinkedHashMap<>();
        for (ModelDraft draft : drafts.findAllByOrderByUpdatedAtDesc()) {
            String id = draft.kind().id() + "/" + draft.key();
            draftsByModel.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new DraftSummary(draft.id(), draft.author(), draft.updatedAt()));
            if (!byModel.containsKey(id)) {
                newModels.putIfAbsent(id, draft);
            }
        }

        List<Model> models = new ArrayList<>();
        byModel.forEach((id, versions) -> {
            DeployedModel latest = versions.get(versions.size() - 1);
            List<Version> newestFirst = versions.stream()
                    .sorted(Comparator.comparingInt(DeployedModel::version).reversed())
                    .map(model -> new Version(model.version(), model.definitionId(), model.deploymentId(),
                            model.deployedAt(), deployers.get(model.deploymentId()),
                            source(deployments.get(model.deploymentId())),
                            model.definitionId() == null ? 0 : running.getOrDefault(model.definitionId(), 0L)))
                    .toList();
            models.add(new Model(latest.kind().id(), latest.key(), latest.name() == null ? latest.key() : latest.name(),
                    latest.fileName(), newestFirst, draftsByModel.getOrDefault(id, List.of())));
        });
        // a model only drafted so far (started from a file) is listed too, with no versions
        newModels.forEach((id, draft) -> models.add(new Model(draft.kind().id(), draft.key(), draft.key(),
                draft.resourceName(), List.of(), draftsByModel.get(id))));
        return models;
    }

    /**
     * Who deployed each deployment: the modeler's own audit for its deployments, else the engine's user
     * operation log (a deployment through /engine-rest by a signed-in user), else no one known (start-up).
     */
    Map<String, String> deployers(java.util.Collection<String> deploymentIds) {
        Map<String, String> byDeployment = new HashMap<>();
        history.createUserOperationLogQuery().entityType(EntityTypes.DEPLOYMENT)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).list().forEach(entry -> {
                    if (entry.getDeploymentId() != null && entry.getUserId() != null) {
                        byDeployment.putIfAbsent(entry.getDeploymentId(), entry.getUserId());
                    }
                });
        if (!deploymentIds.isEmpty()) {
            audit.findByDeploymentIdIn(deploymentIds).forEach(entry -> byDeployment.put(entry.deploymentId(),
                    entry.actor()));
        }
        return byDeployment;
    }

    static String source(Deployment deployment) {
        if (deployment == null) {
            return "engine-rest";
        }
        if (START_UP_DEPLOYMENT.equals(deployment.getName())) {
            return "processes";
        }
        return MODELER_SOURCE.equals(deployment.getSource()) ? "modeler" : "engine-rest";
    }
}
