package kz.shamy.modeler.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.shamy.EmptyShamyIntegrationTest;
import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.programme.Region;
import kz.shamy.programme.School;
import kz.shamy.programme.Schools;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Migration of running work with the real engine and Shamy's tables: each test deploys versions of a process under a
 * key of its own (a copy of {@code development-work}, or a small process written here), starts instances, and moves
 * them through the modeler's API as {@code admin}, running the batch's jobs itself (the job executor is off here).
 */
@EmptyShamyIntegrationTest
@RecordApplicationEvents
class ModelMigrationTests {

    static final String[] DEVWORK_FORMS = {"devwork-clarify-values", "devwork-identify-concern",
        "devwork-reflect-on-culture", "devwork-consult-colleagues", "devwork-draft-plan", "devwork-review-plan",
        "devwork-lead-development-work", "devwork-present-poster", "devwork-write-report",
        "devwork-sign-off-report"};

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired DevelopmentProjects projects;
    @Autowired People people;
    @Autowired Schools schools;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    String suffix;
    School school;
    Long circle;
    String facilitator;

    @BeforeEach
    void circle() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        Region region = schools.addRegion("region-" + suffix, "Region " + suffix);
        school = schools.addSchool(region, "School " + suffix, "District", "Village", "kk");
        facilitator = people.add(new Person("facilitator-" + suffix, "Facilitator " + suffix, Role.FACILITATOR,
                null, null)).username();
        circle = jdbc.queryForObject("select id from final table (insert into shamy.circle (school_id,"
                + " facilitator_id, academic_year, status, started_at) values (?, ?, '2026-2027', 'OPEN',"
                + " current_timestamp))", Long.class, school.id(), facilitator);
    }

    @Test
    void instancesWaitingAtAUserTaskMoveWithTheirVariablesAssigneesCommentsAndRecords() throws Exception {
        String key = "devwork-moves-" + suffix;
        String v1 = deployDevelopmentWork(key, developmentWork(key));
        ProcessInstance atValues = startProject(key, "a");
        ProcessInstance atConcern = startProject(key, "b");
        complete(atConcern, "ClarifyValues", Map.of("valuesStatement", "Every child can learn to read."));
        runtime.setVariable(atConcern.getId(), "note", "kept through the move");
        Task concern = task(atConcern);
        tasks.createComment(concern.getId(), atConcern.getId(), "Start from the grade 3 reading logs.");
        DevelopmentProject project = projects.boundTo(atConcern.getId());
        Map<String, Object> variablesBefore = runtime.getVariables(atConcern.getId());
        String v2 = deployDevelopmentWork(key, withTaskBeforeDraftPlan(developmentWork(key)));

        JsonNode preview = read(mvc.perform(get("/api/modeler/processes/{key}/migration", key).param("from", v1)
                .with(admin())), status().isOk());
        assertThat(preview.at("/target/definitionId").asText()).isEqualTo(v2);
        assertThat(preview.at("/target/version").asInt()).isEqualTo(2);
        assertThat(preview.at("/movable").asInt()).isEqualTo(2);
        assertThat(preview.at("/staying").asInt()).isZero();
        assertThat(preview.at("/unmapped")).isEmpty();
        assertThat(sourceIds(preview)).contains("ClarifyValues", "IdentifyConcern", "ReviewPlan",
                "Timer_PlanReviewOverdue");
        JsonNode concernInstance = instance(preview, atConcern.getId());
        assertThat(concernInstance.at("/activities/0/activityId").asText()).isEqualTo("IdentifyConcern");
        assertThat(concernInstance.at("/tasks/0/taskId").asText()).isEqualTo(concern.getId());
        assertThat(concernInstance.at("/tasks/0/assignee").asText()).isEqualTo(project.teacher());
        assertThat(concernInstance.at("/canMove").asBoolean()).isTrue();

        JsonNode run = read(mvc.perform(migrate(key, v1, null).with(admin())), status().isAccepted());
        assertThat(run.at("/moving").asInt()).isEqualTo(2);
        assertThat(run.at("/staying")).isEmpty();
        String batchId = run.at("/batchId").asText();
        assertThat(events.stream(MigrationStarted.class)).containsExactly(
                new MigrationStarted(key, v1, v2, 2, 0, "admin"));
        assertThat(definitionOf(atConcern)).as("nothing moves before the batch's jobs run").isEqualTo(v1);
        JsonNode audit = read(mvc.perform(get("/api/modeler/audit").param("key", key).with(admin())),
                status().isOk());
        assertThat(audit.at("/0/action").asText()).isEqualTo("migrate");
        assertThat(audit.at("/0/actor").asText()).isEqualTo("admin");
        assertThat(audit.at("/0/detail").asText()).isEqualTo("from " + v1 + " to " + v2 + ": 2 moving, 0 staying");

        new BatchJobs(management).runAll(batchId);
        JsonNode progress = read(mvc.perform(get("/api/modeler/migrations/{id}", batchId).with(admin())),
                status().isOk());
        assertThat(progress.at("/total").asInt()).isEqualTo(2);
        assertThat(progress.at("/completed").asInt()).isEqualTo(2);
        assertThat(progress.at("/remaining").asInt()).isZero();
        assertThat(progress.at("/failed").asInt()).isZero();
        assertThat(progress.at("/done").asBoolean()).isTrue();

        assertThat(definitionOf(atValues)).isEqualTo(v2);
        assertThat(definitionOf(atConcern)).isEqualTo(v2);
        Task moved = task(atConcern);
        assertThat(moved.getId()).isEqualTo(concern.getId());
        assertThat(moved.getProcessDefinitionId()).isEqualTo(v2);
        assertThat(moved.getAssignee()).isEqualTo(project.teacher());
        assertThat(runtime.getVariables(atConcern.getId())).isEqualTo(variablesBefore);
        assertThat(tasks.getTaskComments(moved.getId())).extracting(Comment::getFullMessage)
                .containsExactly("Start from the grade 3 reading logs.");
        assertThat(projects.boundTo(atConcern.getId()).id()).isEqualTo(project.id());
        assertThat(projects.project(project.id()).valuesStatement()).isEqualTo("Every child can learn to read.");

        // the moved instance goes on in the new version, writing to the same project
        complete(atConcern, "IdentifyConcern", Map.of("concern", "Pupils in grade 3 read slowly."));
        complete(atConcern, "ReflectOnCulture", Map.of("cultureReflection", "Colleagues share lessons rarely."));
        complete(atConcern, "ConsultColleagues", Map.of("consultationNotes", "One hour a week."));
        assertThat(task(atConcern).getTaskDefinitionKey()).as("the task version 2 added").isEqualTo("SharePlanIdea");
        assertThat(projects.project(project.id()).concern()).isEqualTo("Pupils in grade 3 read slowly.");

        new BatchJobs(management).finish(batchId);
        JsonNode ended = read(mvc.perform(get("/api/modeler/migrations/{id}", batchId).with(admin())),
                status().isOk());
        assertThat(ended.at("/done").asBoolean()).isTrue();
        assertThat(ended.at("/completed").asInt()).isEqualTo(2);
    }

    @Test
    void aTaskTheNewVersionLacksIsShownUnmappedBeforehandAndItsInstancesStayWithTheReason() throws Exception {
        String key = "devwork-lacks-" + suffix;
        String v1 = deployDevelopmentWork(key, developmentWork(key));
        ProcessInstance atValues = startProject(key, "a");
        ProcessInstance atCulture = startProject(key, "b");
        complete(atCulture, "ClarifyValues", Map.of("valuesStatement", "Values"));
        complete(atCulture, "IdentifyConcern", Map.of("concern", "Concern"));
        Task culture = task(atCulture);
        String v2 = deployDevelopmentWork(key, withoutReflectOnCulture(developmentWork(key)));

        JsonNode preview = read(mvc.perform(get("/api/modeler/processes/{key}/migration", key).param("from", v1)
                .param("to", v2).with(admin())), status().isOk());
        assertThat(preview.at("/unmapped")).hasSize(1);
        assertThat(preview.at("/unmapped/0/activityId").asText()).isEqualTo("ReflectOnCulture");
        assertThat(preview.at("/unmapped/0/name").asText()).isEqualTo("Reflect on the school's culture");
        assertThat(preview.at("/unmapped/0/reason").asText()).isEqualTo("no activity with the same id in version 2");
        assertThat(sourceIds(preview)).doesNotContain("ReflectOnCulture").contains("ClarifyValues");
        assertThat(instance(preview, atValues.getId()).at("/canMove").asBoolean()).isTrue();
        JsonNode stays = instance(preview, atCulture.getId());
        assertThat(stays.at("/canMove").asBoolean()).isFalse();
        assertThat(stays.at("/tasks/0/name").asText()).isEqualTo("Reflect on the school's culture");
        assertThat(stays.at("/reason").asText()).isEqualTo("active at Reflect on the school's culture"
                + " (ReflectOnCulture), which the plan does not map: no activity with the same id in version 2");
        assertThat(preview.at("/movable").asInt()).isEqualTo(1);
        assertThat(preview.at("/staying").asInt()).isEqualTo(1);

        JsonNode run = read(mvc.perform(migrate(key, v1, v2).with(admin())), status().isAccepted());
        assertThat(run.at("/moving").asInt()).isEqualTo(1);
        assertThat(run.at("/staying/0/processInstanceId").asText()).isEqualTo(atCulture.getId());
        assertThat(run.at("/staying/0/reason").asText()).isEqualTo(stays.at("/reason").asText());
        new BatchJobs(management).runAll(run.at("/batchId").asText());

        assertThat(definitionOf(atValues)).isEqualTo(v2);
        assertThat(definitionOf(atCulture)).as("stays on its version").isEqualTo(v1);
        assertThat(task(atCulture).getId()).isEqualTo(culture.getId());
        complete(atCulture, "ReflectOnCulture", Map.of("cultureReflection", "Culture"));
        assertThat(task(atCulture).getTaskDefinitionKey()).isEqualTo("ConsultColleagues");
    }

    @Test
    void aMigrationJobThatFailsIsReportedForItsInstance() throws Exception {
        String key = "devwork-fails-" + suffix;
        String v1 = deployDevelopmentWork(key, developmentWork(key));
        ProcessInstance movesOn = startProject(key, "a");
        String v2 = deployDevelopmentWork(key, withoutReflectOnCulture(developmentWork(key)));
        JsonNode run = read(mvc.perform(migrate(key, v1, null).with(admin())), status().isAccepted());
        assertThat(run.at("/moving").asInt()).isEqualTo(1);
        // between the preview and the batch, the instance reaches the task version 2 lacks
        complete(movesOn, "ClarifyValues", Map.of("valuesStatement", "Values"));
        complete(movesOn, "IdentifyConcern", Map.of("concern", "Concern"));

        String batchId = run.at("/batchId").asText();
        new BatchJobs(management).runAll(batchId);
        JsonNode progress = read(mvc.perform(get("/api/modeler/migrations/{id}", batchId).with(admin())),
                status().isOk());
        assertThat(progress.at("/failed").asInt()).isEqualTo(1);
        assertThat(progress.at("/completed").asInt()).isZero();
        assertThat(progress.at("/done").asBoolean()).as("nothing left but the failure").isTrue();
        assertThat(progress.at("/failures/0/processInstanceId").asText()).isEqualTo(movesOn.getId());
        assertThat(progress.at("/failures/0/message").asText()).contains("ReflectOnCulture");
        assertThat(definitionOf(movesOn)).isEqualTo(v1);
        assertThat(v2).isNotEqualTo(v1);
    }

    @Test
    void instancesWaitingAtATimerAndAtAMessageMoveAndTheirTriggersStillWork() throws Exception {
        String key = "waiting-" + suffix;
        String message = "PostersReady-" + suffix;
        String v1 = deploy(key, waiting(key, message, false, "P10D"));
        ProcessInstance atTimer = runtime.startProcessInstanceByKey(key, Map.of("waitFor", "timer"));
        ProcessInstance atMessage = runtime.startProcessInstanceByKey(key, Map.of("waitFor", "message"));
        Job timer = management.createJobQuery().processInstanceId(atTimer.getId()).timers().singleResult();
        Date due = timer.getDuedate();
        String v2 = deploy(key, waiting(key, message, true, "P10D"));

        JsonNode preview = read(mvc.perform(get("/api/modeler/processes/{key}/migration", key).param("from", v1)
                .with(admin())), status().isOk());
        assertThat(instance(preview, atTimer.getId()).at("/activities/0/activityId").asText())
                .isEqualTo("Wait_Deadline");
        assertThat(instance(preview, atMessage.getId()).at("/activities/0/activityId").asText())
                .isEqualTo("Wait_Posters");
        assertThat(preview.at("/movable").asInt()).isEqualTo(2);
        assertThat(updatesTrigger(preview, "Wait_Deadline")).as("the same timer: its job stays").isFalse();
        assertThat(updatesTrigger(preview, "Wait_Posters")).isFalse();
        JsonNode run = read(mvc.perform(migrate(key, v1, null).with(admin())), status().isAccepted());
        new BatchJobs(management).runAll(run.at("/batchId").asText());

        assertThat(definitionOf(atTimer)).isEqualTo(v2);
        assertThat(definitionOf(atMessage)).isEqualTo(v2);
        Job movedTimer = management.createJobQuery().processInstanceId(atTimer.getId()).timers().singleResult();
        assertThat(movedTimer.getDuedate()).as("the timer keeps its due date").isEqualTo(due);
        assertThat(movedTimer.getProcessDefinitionId()).isEqualTo(v2);
        management.executeJob(movedTimer.getId());
        assertThat(task(atTimer).getTaskDefinitionKey()).as("version 2's task").isEqualTo("CheckPosters");

        runtime.createMessageCorrelation(message).processInstanceId(atMessage.getId()).correlate();
        assertThat(task(atMessage).getTaskDefinitionKey()).isEqualTo("CheckPosters");
        assertThat(task(atMessage).getProcessDefinitionId()).isEqualTo(v2);
    }

    @Test
    void aTimerTheNewVersionChangesIsSetAfreshAtTheMigration() throws Exception {
        String key = "retimed-" + suffix;
        String v1 = deploy(key, waiting(key, "m-" + suffix, false, "P10D"));
        ProcessInstance atTimer = runtime.startProcessInstanceByKey(key, Map.of("waitFor", "timer"));
        Date due = management.createJobQuery().processInstanceId(atTimer.getId()).timers().singleResult().getDuedate();
        deploy(key, waiting(key, "m-" + suffix, false, "P20D"));

        JsonNode preview = read(mvc.perform(get("/api/modeler/processes/{key}/migration", key).param("from", v1)
                .with(admin())), status().isOk());
        assertThat(updatesTrigger(preview, "Wait_Deadline")).isTrue();
        assertThat(updatesTrigger(preview, "Wait_Posters")).isFalse();
        JsonNode run = read(mvc.perform(migrate(key, v1, null).with(admin())), status().isAccepted());
        new BatchJobs(management).runAll(run.at("/batchId").asText());

        Date moved = management.createJobQuery().processInstanceId(atTimer.getId()).timers().singleResult()
                .getDuedate();
        assertThat(moved).as("twenty days from the migration").isAfter(new Date(due.getTime() + 9L * 86_400_000));
    }

    @Test
    void teacherAndEveryoneButAdministratorsAreRefusedEveryMigrationEndpoint() throws Exception {
        String key = "devwork-refused-" + suffix;
        String v1 = deployDevelopmentWork(key, developmentWork(key));
        ProcessInstance instance = startProject(key, "a");
        deployDevelopmentWork(key, withTaskBeforeDraftPlan(developmentWork(key)));
        mvc.perform(get("/api/modeler/processes/{key}/migration", key).param("from", v1)
                .with(user("teacher1").roles("TEACHER"))).andExpect(status().isForbidden());
        for (RequestPostProcessor someoneElse : List.of(user("teacher1").roles("TEACHER"),
                user("facilitator1").roles("FACILITATOR"), user("assessor1").roles("ASSESSOR"),
                user("staff1").roles("STAFF"))) {
            mvc.perform(get("/api/modeler/processes/{key}/migration", key).param("from", v1).with(someoneElse))
                    .andExpect(status().isForbidden());
            mvc.perform(migrate(key, v1, null).with(someoneElse)).andExpect(status().isForbidden());
            mvc.perform(get("/api/modeler/migrations/{id}", "any").with(someoneElse))
                    .andExpect(status().isForbidden());
        }
        assertThat(management.createBatchQuery().list()).noneMatch(batch -> "teacher1".equals(batch.getCreateUserId()));
        assertThat(events.stream(MigrationStarted.class)).isEmpty();
        assertThat(definitionOf(instance)).isEqualTo(v1);
    }

    @Test
    void unknownProcessDefinitionOrBatchIsNotFoundAndAVersionOfItselfOrOfAnotherProcessIsRefused()
            throws Exception {
        String key = "devwork-bad-" + suffix;
        String v1 = deployDevelopmentWork(key, developmentWork(key));
        String other = deploy("other-" + suffix, waiting("other-" + suffix, "m-" + suffix, false, "P10D"));

        mvc.perform(get("/api/modeler/processes/{key}/migration", "no-such-" + suffix).param("from", v1)
                .with(admin())).andExpect(status().isNotFound());
        mvc.perform(get("/api/modeler/processes/{key}/migration", key).param("from", "no-such:1:x")
                .with(admin())).andExpect(status().isNotFound());
        mvc.perform(get("/api/modeler/migrations/{id}", "no-such-batch").with(admin()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/modeler/processes/{key}/migration", key).param("from", v1).with(admin()))
                .andExpect(status().isBadRequest());
        JsonNode itself = read(mvc.perform(migrate(key, v1, v1).header("Accept-Language", "en")
                .with(admin())), status().isBadRequest());
        assertThat(itself.at("/detail").asText()).isEqualTo("Version 1 of " + key
                + " cannot be migrated to itself: choose another target version.");
        JsonNode otherProcess = read(mvc.perform(migrate(key, v1, other).header("Accept-Language", "ru")
                .with(admin())), status().isBadRequest());
        assertThat(otherProcess.at("/field").asText()).isEqualTo("to");
        assertThat(otherProcess.at("/detail").asText()).startsWith(other + " — версия процесса other-");
        assertThat(events.stream(MigrationStarted.class)).isEmpty();
    }

    // --- processes

    private String developmentWork(String key) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/processes/circle/development-work.bpmn")) {
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // the diagram is left out: the variants below change the flow, not its drawing
            return xml.replace("\"development-work\"", "\"" + key + "\"")
                    .replaceAll("(?s)<bpmndi:BPMNDiagram.*</bpmndi:BPMNDiagram>", "");
        }
    }

    /** Version 2 with a task added between the consultation and the plan. */
    static String withTaskBeforeDraftPlan(String xml) {
        String flow = "<bpmn:sequenceFlow id=\"Flow_ToDraftPlan\" sourceRef=\"ConsultColleagues\" targetRef=\"DraftPlan\" />";
        assertThat(xml).contains(flow);
        return xml.replace(flow, """
                <bpmn:sequenceFlow id="Flow_ToDraftPlan" sourceRef="ConsultColleagues" targetRef="SharePlanIdea" />
                <bpmn:userTask id="SharePlanIdea" name="Share the plan's idea with a colleague" \
                camunda:assignee="${instancePeople.teacher(execution)}" />
                <bpmn:sequenceFlow id="Flow_SharedToDraftPlan" sourceRef="SharePlanIdea" targetRef="DraftPlan" />
                """);
    }

    /** Version 2 without the reflection on the school's culture: the concern leads to the consultation. */
    static String withoutReflectOnCulture(String xml) {
        String lacking = xml.replaceAll("(?s)<bpmn:userTask id=\"ReflectOnCulture\".*?</bpmn:userTask>", "")
                .replace("sourceRef=\"IdentifyConcern\" targetRef=\"ReflectOnCulture\"",
                        "sourceRef=\"IdentifyConcern\" targetRef=\"ConsultColleagues\"")
                .replaceAll("<bpmn:sequenceFlow id=\"Flow_ToConsultColleagues\"[^>]*/>", "");
        assertThat(lacking).doesNotContain("id=\"ReflectOnCulture\"").doesNotContain("id=\"Flow_ToConsultColleagues\"");
        return lacking;
    }

    /** Waits at a timer or at a message; version 2 adds a task after either. */
    static String waiting(String key, String message, boolean withCheck, String duration) {
        var gateway = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30).startEvent("Start")
                .exclusiveGateway("Gateway_WaitFor");
        var afterTimer = gateway.condition("timer", "${waitFor == 'timer'}")
                .intermediateCatchEvent("Wait_Deadline").name("Deadline").timerWithDuration(duration);
        if (withCheck) {
            afterTimer.userTask("CheckPosters").name("Check the posters").endEvent("End_Timer")
                    .moveToNode("Gateway_WaitFor").condition("message", "${waitFor == 'message'}")
                    .intermediateCatchEvent("Wait_Posters").name("Posters ready").message(message)
                    .connectTo("CheckPosters");
        } else {
            afterTimer.endEvent("End_Timer").moveToNode("Gateway_WaitFor")
                    .condition("message", "${waitFor == 'message'}")
                    .intermediateCatchEvent("Wait_Posters").name("Posters ready").message(message)
                    .endEvent("End_Message");
        }
        BpmnModelInstance model = afterTimer.done();
        return Bpmn.convertToString(model);
    }

    private String deploy(String key, String xml) {
        return repository.createDeployment().name("migration-test").addString(key + ".bpmn", xml)
                .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
    }

    /** development-work's forms are bound by deployment, so each version is deployed with them. */
    private String deployDevelopmentWork(String key, String xml) {
        DeploymentBuilder deployment = repository.createDeployment().name("migration-test")
                .addString(key + ".bpmn", xml);
        for (String form : DEVWORK_FORMS) {
            deployment.addClasspathResource("processes/circle/forms/" + form + ".form");
        }
        return deployment.deployWithResult().getDeployedProcessDefinitions().get(0).getId();
    }

    private ProcessInstance startProject(String key, String teacherSuffix) {
        String teacher = people.add(new Person("teacher-" + teacherSuffix + "-" + suffix, "Teacher " + suffix,
                Role.TEACHER, school.id(), null)).username();
        jdbc.update("insert into shamy.circle_membership (circle_id, teacher_id, project_completed) values (?, ?,"
                + " false)", circle, teacher);
        Map<String, Object> variables = new HashMap<>();
        variables.put("teacherId", teacher);
        variables.put("facilitatorId", facilitator);
        variables.put("circleId", circle);
        return runtime.startProcessInstanceByKey(key, variables);
    }

    private void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        Task task = task(instance);
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        tasks.complete(task.getId(), variables);
    }

    private Task task(ProcessInstance instance) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    }

    private String definitionOf(ProcessInstance instance) {
        return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
    }

    // --- the API

    private static RequestPostProcessor admin() {
        return user("admin").roles("ADMIN");
    }

    private MockHttpServletRequestBuilder migrate(String key, String from, String to) throws IOException {
        Map<String, String> body = new HashMap<>();
        body.put("from", from);
        body.put("to", to);
        return post("/api/modeler/processes/{key}/migration", key).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    private JsonNode read(org.springframework.test.web.servlet.ResultActions result, ResultMatcher expected)
            throws Exception {
        return json.readTree(result.andExpect(expected).andReturn().getResponse().getContentAsString());
    }

    private static List<String> sourceIds(JsonNode preview) {
        List<String> ids = new ArrayList<>();
        preview.at("/instructions").forEach(instruction -> ids.add(instruction.at("/sourceActivityIds/0").asText()));
        return ids;
    }

    private static boolean updatesTrigger(JsonNode preview, String activityId) {
        for (JsonNode instruction : preview.at("/instructions")) {
            if (instruction.at("/sourceActivityIds/0").asText().equals(activityId)) {
                return instruction.at("/updateEventTrigger").asBoolean();
            }
        }
        throw new AssertionError("no instruction for " + activityId + " in " + preview);
    }

    private static JsonNode instance(JsonNode preview, String processInstanceId) {
        for (JsonNode instance : preview.at("/instances")) {
            if (instance.at("/processInstanceId").asText().equals(processInstanceId)) {
                return instance;
            }
        }
        throw new AssertionError("no instance " + processInstanceId + " in " + preview);
    }
}
