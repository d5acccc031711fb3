package kz.shamy.modeler.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.shamy.identity.Role;
import kz.shamy.shared.InvalidRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deploys a checked draft as a new version with the engine's deployment API, changed-only: a bundle the engine
 * already serves byte for byte deploys nothing. A process goes with the forms it refers to (the draft's own form
 * drafts, else the deployed ones); a form goes with the processes that refer to it. Every attempt, deployed,
 * unchanged or refused, is written to the modeler's audit.
 */
@Component
class ModelDeployment {

    static final String ACTION = "deploy";

    record Deployed(String deploymentId, String key, Integer version, String definitionId, boolean changed) {
    }

    private final ModelDrafts drafts;
    private final DeployedModels deployed;
    private final ModelChecks checks;
    private final ModelAuditRepository audit;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ModelDeployment(ModelDrafts drafts, DeployedModels deployed, ModelChecks checks, ModelAuditRepository audit,
            RepositoryService repository, IdentityService identity, TransactionTemplate transaction, Clock clock) {
        this.drafts = drafts;
        this.deployed = deployed;
        this.checks = checks;
        this.audit = audit;
        this.repository = repository;
        this.identity = identity;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The draft's checks, run on what would be deployed. */
    List<ModelProblem> check(ModelDraft draft) {
        ModelBundle bundle = bundle(draft);
        return checks.check(draft.kind().id(), bundle.mainResource(),
                bundle.main(), bundle.formsById());
    }

    Deployed deploy(String draftId, String admin) {
        ModelDraft draft = drafts.get(draftId);
        ModelKind kind = draft.kind();
        if (draft.key() == null) {
            refuse(draft, admin, List.of(new ModelProblem(null, "xml", "error",
                    "the file names no " + (kind == ModelKind.FORM ? "form id" : kind == ModelKind.DMN ? "decision"
                            : "process"))));
        }
        ModelBundle bundle = bundle(draft);
        List<ModelProblem> errors = checks.check(kind.id(), bundle.mainResource(),
                bundle.main(), bundle.formsById()).stream()
                .filter(problem -> "error".equals(problem.severity())).toList();
        if (!errors.isEmpty()) {
            refuse(draft, admin, errors);
        }
        Optional<DeployedModel> serving = deployed.latest(kind, draft.key());
        if (serving.isPresent() && bundle.sameAs(servingNow(kind, draft.key(), bundle))) {
            audit.save(new ModelAuditEntry(clock.instant(), admin, ACTION, kind, draft.key(),
                    serving.get().version(), null, ModelAuditEntry.UNCHANGED, "identical to the version serving"));
            return new Deployed(null, draft.key(), serving.get().version(), serving.get().definitionId(), false);
        }
        try {
            return transaction.execute(status -> {
                DeploymentWithDefinitions deployment = deployAs(admin, bundle);
                Deployed result = result(kind, draft.key(), deployment);
                audit.save(new ModelAuditEntry(clock.instant(), admin, ACTION, kind, draft.key(), result.version(),
                        deployment.getId(), ModelAuditEntry.DEPLOYED, String.join(", ",
                                bundle.resources().keySet())));
                return result;
            });
        } catch (RuntimeException e) {
            if (e instanceof org.springframework.web.ErrorResponseException) {
                throw e;
            }
            refuse(draft, admin, engineProblems(e));
            throw e;
        }
    }

    /** The engine's parse errors at the elements it names; any other refusal as its message. */
    private static List<ModelProblem> engineProblems(RuntimeException e) {
        List<ModelProblem> problems = new ArrayList<>();
        if (e instanceof ParseException parse) {
            // (sic: the engine's own spelling)
            for (ResourceReport report : parse.getResorceReports()) {
                report.getErrors().forEach(error -> problems.add(new ModelProblem(error.getMainElementId(),
                        "engine-parse", "error", error.getMessage())));
            }
        }
        if (problems.isEmpty()) {
            problems.add(new ModelProblem(null, "engine-parse", "error",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        return problems;
    }

    private void refuse(ModelDraft draft, String admin, List<ModelProblem> problems) {
        audit.save(new ModelAuditEntry(clock.instant(), admin, ACTION, draft.kind(), draft.key(), null, null,
                ModelAuditEntry.REFUSED, problems.stream().map(ModelProblem::message).reduce((a, b) -> a + "; " + b)
                        .orElse(null)));
        throw ModelerProblems.refused(problems);
    }

    /** The deployment, made as the signed-in administrator so the engine's own operation log names them. */
    private DeploymentWithDefinitions deployAs(String admin, ModelBundle bundle) {
        identity.setAuthentication(admin, List.of(Role.ADMIN.group()));
        try {
            DeploymentBuilder builder = repository.createDeployment().name("modeler: " + bundle.mainResource())
                    .source(ModelCatalogue.MODELER_SOURCE);
            bundle.resources().forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
            return builder.deployWithResult();
        } finally {
            identity.clearAuthentication();
        }
    }

    private Deployed result(ModelKind kind, String key, DeploymentWithDefinitions deployment) {
        return switch (kind) {
            case BPMN -> deployment.getDeployedProcessDefinitions().stream().filter(d -> d.getKey().equals(key))
                    .findFirst().map(d -> new Deployed(deployment.getId(), key, d.getVersion(), d.getId(), true))
                    .orElseThrow(() -> new InvalidRequest("content", "the file has no process " + key));
            case DMN -> deployment.getDeployedDecisionDefinitions().stream().filter(d -> d.getKey().equals(key))
                    .findFirst().map(d -> new Deployed(deployment.getId(), key, d.getVersion(), d.getId(), true))
                    .orElseThrow(() -> new InvalidRequest("content", "the file has no decision " + key));
            case FORM -> new Deployed(deployment.getId(), key,
                    deployed.latest(ModelKind.FORM, key).map(DeployedModel::version).orElse(null), null, true);
        };
    }

    /** The bundle's resources as the engine serves them now, under the bundle's names (none: not served). */
    private Map<String, byte[]> servingNow(ModelKind kind, String key, ModelBundle bundle) {
        Map<String, byte[]> serving = new HashMap<>();
        if (kind != ModelKind.FORM) {
            DeployedModel latest = deployed.latest(kind, key).orElseThrow();
            serving.put(bundle.mainResource(), deployed.content(latest));
            addForms(serving, bundle, deployed.formsOf(latest.deploymentId()));
            return serving;
        }
        if (bundle.processes().isEmpty()) {
            deployed.latest(ModelKind.FORM, key)
                    .ifPresent(latest -> serving.put(bundle.mainResource(), deployed.content(latest)));
            return serving;
        }
        // each process referring to the form serves its own copy of it: all of them must be the draft's
        for (Map.Entry<String, String> process : bundle.processes().entrySet()) {
            DeployedModel latest = deployed.latest(ModelKind.BPMN, process.getValue()).orElseThrow();
            serving.put(process.getKey(), deployed.content(latest));
            Map<String, byte[]> forms = deployed.formsOf(latest.deploymentId());
            if (!Arrays.equals(forms.get(key), bundle.main())) {
                return Map.of();
            }
            addForms(serving, bundle, forms);
        }
        return serving;
    }

    private static void addForms(Map<String, byte[]> serving, ModelBundle bundle, Map<String, byte[]> forms) {
        bundle.formNames().forEach((id, name) -> {
            if (forms.containsKey(id)) {
                serving.putIfAbsent(name, forms.get(id));
            }
        });
    }

    /** What deploying this draft deploys: its file and the forms or processes that must go with it. */
    ModelBundle bundle(ModelDraft draft) {
        byte[] content = draft.content().getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> resources = new LinkedHashMap<>();
        Map<String, byte[]> formsById = new LinkedHashMap<>();
        Map<String, String> formNames = new LinkedHashMap<>();
        Map<String, String> processes = new LinkedHashMap<>();
        resources.put(draft.resourceName(), content);
        Map<String, DeployedModel> latestForms = draft.kind() == ModelKind.DMN ? Map.of()
                : deployed.latest(ModelKind.FORM);
        if (draft.kind() == ModelKind.BPMN) {
            for (String formId : ModelBundle.formRefs(content)) {
                Optional<ModelDraft> formDraft = drafts.newest(ModelKind.FORM, formId);
                if (formDraft.isPresent()) {
                    add(resources, formsById, formNames, formId, formDraft.get().resourceName(),
                            formDraft.get().content().getBytes(StandardCharsets.UTF_8));
                } else {
                    DeployedModel form = latestForms.get(formId);
                    if (form != null) {
                        add(resources, formsById, formNames, formId, form.fileName(), deployed.content(form));
                    }
                }
            }
        } else if (draft.kind() == ModelKind.FORM && draft.key() != null) {
            formsById.put(draft.key(), content);
            formNames.put(draft.key(), draft.resourceName());
            for (DeployedModel process : deployed.latest(ModelKind.BPMN).values()) {
                byte[] bpmn = deployed.content(process);
                Set<String> refs = ModelBundle.formRefs(bpmn);
                if (!refs.contains(draft.key())) {
                    continue;
                }
                resources.put(process.fileName(), bpmn);
                processes.put(process.fileName(), process.key());
                // the process's other forms travel with it, as it serves them now
                deployed.formsOf(process.deploymentId()).forEach((id, bytes) -> {
                    if (refs.contains(id) && !formsById.containsKey(id)) {
                        add(resources, formsById, formNames, id, latestForms.containsKey(id)
                                ? latestForms.get(id).fileName() : id + ModelKind.FORM.suffix(), bytes);
                    }
                });
            }
        }
        return new ModelBundle(draft.resourceName(), resources, formsById, formNames, processes);
    }

    private static void add(Map<String, byte[]> resources, Map<String, byte[]> formsById, Map<String, String> formNames,
            String id, String name, byte[] bytes) {
        resources.put(name, bytes);
        formsById.put(id, bytes);
        formNames.put(id, name);
    }
}
