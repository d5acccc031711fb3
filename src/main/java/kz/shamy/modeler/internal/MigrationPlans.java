package kz.shamy.modeler.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.shamy.modeler.internal.MigrationPreview.Activity;
import kz.shamy.modeler.internal.MigrationPreview.Definition;
import kz.shamy.modeler.internal.MigrationPreview.Instance;
import kz.shamy.modeler.internal.MigrationPreview.Instruction;
import kz.shamy.modeler.internal.MigrationPreview.Unmapped;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.NotFound;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionBuilder;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving a process's running instances from an older version to a newer one, with the engine's public API: the plan
 * is the engine's own ({@code mapEqualActivities().updateEventTriggers()}), minus the instructions it cannot
 * validate; an instance waiting at an activity the plan does not map stays on its version and is listed with the
 * reason before anything runs; the others move in one batch, whose jobs the job executor runs.
 */
@Service
class MigrationPlans {

    /** The engine names the instance a migration job failed for like this. */
    private static final Pattern INSTANCE_IN_MESSAGE = Pattern.compile("process instance '([^']+)'");

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final HistoryService history;
    private final ApplicationEventPublisher events;

    MigrationPlans(RepositoryService repository, RuntimeService runtime, TaskService tasks,
            ManagementService management, HistoryService history, ApplicationEventPublisher events) {
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.events = events;
    }

    /** The plan from {@code from} to {@code to} (the latest version when null) and what it would do now. */
    MigrationPreview preview(String key, String from, String to) {
        Versions versions = versions(key, from, to);
        Plan plan = plan(versions);
        Set<String> mapped = plan.plan() == null ? Set.of() : plan.plan().getInstructions().stream()
                .map(MigrationInstruction::getSourceActivityId).collect(Collectors.toSet());
        Map<String, Unmapped> unmapped = unmapped(versions, mapped, plan.refusals());
        List<Instance> instances = instances(versions.source(), mapped, unmapped);
        int movable = (int) instances.stream().filter(Instance::canMove).count();
        return new MigrationPreview(definition(versions.source()), definition(versions.target()),
                instructions(plan.plan()), List.copyOf(unmapped.values()), instances, movable,
                instances.size() - movable);
    }

    /** Starts the batch for the instances that can move now; the others stay, each with its reason. */
    @Transactional
    MigrationRun run(String key, String from, String to, String actor) {
        Versions versions = versions(key, from, to);
        Plan plan = plan(versions);
        Set<String> mapped = plan.plan() == null ? Set.of() : plan.plan().getInstructions().stream()
                .map(MigrationInstruction::getSourceActivityId).collect(Collectors.toSet());
        List<Instance> instances = instances(versions.source(), mapped, unmapped(versions, mapped, plan.refusals()));
        List<String> moving = instances.stream().filter(Instance::canMove).map(Instance::processInstanceId).toList();
        List<MigrationRun.Staying> staying = instances.stream().filter(instance -> !instance.canMove())
                .map(instance -> new MigrationRun.Staying(instance.processInstanceId(), instance.reason())).toList();
        String batchId = moving.isEmpty() ? null
                : runtime.newMigration(plan.plan()).processInstanceIds(moving).executeAsync().getId();
        events.publishEvent(new MigrationStarted(key, versions.source().getId(), versions.target().getId(),
                moving.size(), staying.size(), actor));
        return new MigrationRun(batchId, moving.size(), staying);
    }

    /** A migration batch's progress: running from its statistics, finished from its history. */
    MigrationProgress progress(String batchId) {
        BatchStatistics statistics = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (statistics != null && Batch.TYPE_PROCESS_INSTANCE_MIGRATION.equals(statistics.getType())) {
            List<MigrationProgress.Failure> failures = failures(statistics);
            int remaining = statistics.getRemainingJobs();
            boolean allJobsCreated = statistics.getJobsCreated() >= statistics.getTotalJobs();
            return new MigrationProgress(batchId, statistics.getTotalJobs(), statistics.getCompletedJobs(),
                    statistics.getFailedJobs(), remaining, allJobsCreated && remaining == statistics.getFailedJobs(),
                    failures);
        }
        HistoricBatch ended = history.createHistoricBatchQuery().batchId(batchId).singleResult();
        if (ended != null && Batch.TYPE_PROCESS_INSTANCE_MIGRATION.equals(ended.getType())) {
            return new MigrationProgress(batchId, ended.getTotalJobs(), ended.getTotalJobs(), 0, 0,
                    ended.getEndTime() != null, List.of());
        }
        throw new NotFound("migration", batchId);
    }

    private List<MigrationProgress.Failure> failures(Batch batch) {
        List<MigrationProgress.Failure> failures = new ArrayList<>();
        for (Job job : management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId()).noRetriesLeft()
                .list()) {
            String message = job.getExceptionMessage();
            Matcher instance = INSTANCE_IN_MESSAGE.matcher(message == null ? "" : message);
            failures.add(new MigrationProgress.Failure(instance.find() ? instance.group(1) : null, message));
        }
        return failures;
    }

    record Versions(ProcessDefinition source, ProcessDefinition target) {
    }

    private Versions versions(String key, String from, String to) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult();
        if (latest == null) {
            throw new NotFound("process", key);
        }
        if (from == null || from.isBlank()) {
            throw new InvalidRequest("from", "name the version to migrate from (its process definition id)",
                    "modeler.migration.fromMissing");
        }
        ProcessDefinition source = definition("from", key, from);
        ProcessDefinition target = to == null || to.isBlank() ? latest : definition("to", key, to);
        if (source.getId().equals(target.getId())) {
            throw new InvalidRequest("to", "version " + source.getVersion() + " of " + key
                    + " cannot be migrated to itself", "modeler.migration.sameVersion", source.getVersion(), key);
        }
        return new Versions(source, target);
    }

    private ProcessDefinition definition(String field, String key, String definitionId) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(definitionId)
                .singleResult();
        if (definition == null) {
            throw new NotFound("process definition", definitionId);
        }
        if (!key.equals(definition.getKey())) {
            throw new InvalidRequest(field, "process definition " + definitionId + " is a version of "
                    + definition.getKey() + ", not of " + key, "modeler.migration.otherProcess", definitionId,
                    definition.getKey(), key);
        }
        return definition;
    }

    /** The plan, and for each source activity whose generated instruction the engine refused, why. */
    record Plan(MigrationPlan plan, Map<String, String> refusals) {
    }

    /**
     * The engine's plan ({@code mapEqualActivities().updateEventTriggers()}) without the instructions it refuses, and
     * with an event trigger updated only where the target version changed it: updating a timer computes its due date
     * afresh from the moment of migration, so a deadline the new version keeps must keep its due date.
     */
    private Plan plan(Versions versions) {
        MigrationPlan generated;
        Map<String, String> refusals = new LinkedHashMap<>();
        try {
            generated = runtime.createMigrationPlan(versions.source().getId(), versions.target().getId())
                    .mapEqualActivities().updateEventTriggers().build();
        } catch (MigrationPlanValidationException e) {
            for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
                refusals.put(report.getMigrationInstruction().getSourceActivityId(),
                        String.join("; ", report.getFailures()));
            }
            generated = e.getValidationReport().getMigrationPlan();
        }
        BpmnModelInstance source = repository.getBpmnModelInstance(versions.source().getId());
        BpmnModelInstance target = repository.getBpmnModelInstance(versions.target().getId());
        MigrationPlanBuilder builder = runtime.createMigrationPlan(versions.source().getId(),
                versions.target().getId());
        for (MigrationInstruction instruction : generated.getInstructions()) {
            if (!refusals.containsKey(instruction.getSourceActivityId())) {
                MigrationInstructionBuilder mapping = builder.mapActivities(instruction.getSourceActivityId(),
                        instruction.getTargetActivityId());
                boolean changed = instruction.isUpdateEventTrigger() && !EventTriggers.same(
                        source.getModelElementById(instruction.getSourceActivityId()),
                        target.getModelElementById(instruction.getTargetActivityId()));
                builder = changed ? mapping.updateEventTrigger() : mapping;
            }
        }
        return new Plan(builder.build(), refusals);
    }

    private static List<Instruction> instructions(MigrationPlan plan) {
        return plan == null ? List.of() : plan.getInstructions().stream()
                .map(instruction -> new Instruction(List.of(instruction.getSourceActivityId()),
                        List.of(instruction.getTargetActivityId()), instruction.isUpdateEventTrigger()))
                .toList();
    }

    /**
     * The source's activities an instance can be at which the plan leaves out, with the reason: no activity of that
     * id in the target, the engine's refusal of the instruction, or an activity the engine does not map by id.
     */
    private Map<String, Unmapped> unmapped(Versions versions, Set<String> mapped, Map<String, String> refusals) {
        BpmnModelInstance source = repository.getBpmnModelInstance(versions.source().getId());
        BpmnModelInstance target = repository.getBpmnModelInstance(versions.target().getId());
        Map<String, Unmapped> unmapped = new LinkedHashMap<>();
        for (FlowNode node : source.getModelElementsByType(FlowNode.class)) {
            if (mapped.contains(node.getId()) || neverWaitedAt(node)) {
                continue;
            }
            String reason;
            if (!(target.getModelElementById(node.getId()) instanceof FlowNode same)) {
                reason = "no activity with the same id in version " + versions.target().getVersion();
            } else if (refusals.containsKey(node.getId())) {
                reason = refusals.get(node.getId());
            } else {
                reason = "the engine does not map a " + node.getElementType().getTypeName() + " to the "
                        + same.getElementType().getTypeName() + " of the same id in version "
                        + versions.target().getVersion();
            }
            unmapped.put(node.getId(), new Unmapped(node.getId(), node.getName(), reason));
        }
        return unmapped;
    }

    /**
     * What an instance passes through without stopping: all but wait states (tasks people or other systems do,
     * catching events, scopes, joining gateways) and the asynchronous continuations the engine leaves as jobs.
     */
    private static boolean neverWaitedAt(FlowNode node) {
        boolean waitState = node instanceof UserTask || node instanceof ReceiveTask || node instanceof CatchEvent
                && !(node instanceof StartEvent) || node instanceof SubProcess || node instanceof CallActivity
                || node instanceof EventBasedGateway || node instanceof ParallelGateway
                || node instanceof InclusiveGateway
                || node instanceof ServiceTask service && "external".equals(service.getCamundaType());
        return !waitState && !node.isCamundaAsyncBefore() && !node.isCamundaAsyncAfter();
    }

    private List<Instance> instances(ProcessDefinition source, Set<String> mapped, Map<String, Unmapped> unmapped) {
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
                .orderByProcessInstanceId().asc().list();
        Map<String, List<MigrationPreview.Task>> tasksByInstance = tasks.createTaskQuery()
                .processDefinitionId(source.getId()).orderByTaskCreateTime().asc().list().stream()
                .collect(Collectors.groupingBy(org.camunda.bpm.engine.task.Task::getProcessInstanceId,
                        LinkedHashMap::new, Collectors.mapping(task -> new MigrationPreview.Task(task.getId(),
                                task.getName(), task.getAssignee()), Collectors.toList())));
        List<Instance> views = new ArrayList<>();
        for (ProcessInstance instance : instances) {
            Collection<Activity> activities = activities(runtime.getActivityInstance(instance.getId()));
            List<String> blocked = activities.stream().filter(activity -> !mapped.contains(activity.activityId()))
                    .map(activity -> reason(activity, unmapped.get(activity.activityId()))).toList();
            views.add(new Instance(instance.getId(), instance.getBusinessKey(), List.copyOf(activities),
                    tasksByInstance.getOrDefault(instance.getId(), List.of()), blocked.isEmpty(),
                    blocked.isEmpty() ? null : String.join("; ", blocked)));
        }
        return views;
    }

    private static String reason(Activity activity, Unmapped unmapped) {
        String name = activity.name() == null ? activity.activityId() : activity.name() + " (" + activity.activityId()
                + ")";
        return "active at " + name + ", which the plan does not map: "
                + (unmapped == null ? "the engine maps no instruction for it" : unmapped.reason());
    }

    /** Every activity the instance is at or about to start (asynchronous continuations), scopes included. */
    private static Collection<Activity> activities(ActivityInstance root) {
        Set<Activity> activities = new LinkedHashSet<>();
        if (root != null) {
            collect(root, activities, true);
        }
        return activities;
    }

    private static void collect(ActivityInstance instance, Set<Activity> activities, boolean root) {
        if (!root) {
            activities.add(new Activity(instance.getActivityId(), instance.getActivityName()));
        }
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            activities.add(new Activity(transition.getActivityId(), transition.getActivityName()));
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collect(child, activities, false);
        }
    }

    private static Definition definition(ProcessDefinition definition) {
        return new Definition(definition.getId(), definition.getVersion());
    }
}
