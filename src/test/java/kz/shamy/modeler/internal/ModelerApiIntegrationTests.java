package kz.shamy.modeler.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.shamy.ShamyIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The modeler's JSON API on the demo engine, as the administrator uses it: the catalogue, drafts, their diff,
 * deployment (a new version, an unchanged one, a refusal, the audit), a version's file; the 4xx problem details for
 * bad requests; 403 for every other role on every endpoint; and start-up deployment, which never rolls back a
 * version deployed from the modeler. Changes deployed here keep the processes' behaviour (a documentation text, an
 * XML comment), because the engine is shared with the other classes of {@link ShamyIntegrationTest}.
 */
@ShamyIntegrationTest
class ModelerApiIntegrationTests {

    private static final String DEVELOPMENT_WORK = "development-work";
    private static final String DOCUMENTATION = "<bpmn:documentation>%s</bpmn:documentation>";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired RepositoryService repository;
    @Autowired IdentityService identity;
    @Autowired ProcessEngine engine;
    @LocalServerPort int port;

    // --- catalogue and files

    @Test
    void theCatalogueListsProcessesDecisionsAndFormsWithEveryVersionNewestFirst() throws Exception {
        JsonNode models = admin(get("/api/modeler/models"), 200);

        JsonNode process = model(models, "bpmn", DEVELOPMENT_WORK);
        assertThat(process.path("resourceName").asText()).isEqualTo("development-work.bpmn");
        JsonNode versions = process.path("versions");
        assertThat(versions.size()).isGreaterThanOrEqualTo(1);
        for (int i = 1; i < versions.size(); i++) {
            assertThat(versions.get(i - 1).path("version").asInt()).isGreaterThan(versions.get(i).path("version").asInt());
        }
        JsonNode first = versions.get(versions.size() - 1);
        assertThat(first.path("version").asInt()).isEqualTo(1);
        assertThat(first.path("source").asText()).isEqualTo("processes");
        assertThat(first.path("definitionId").asText()).startsWith(DEVELOPMENT_WORK + ":1:");
        assertThat(first.path("deployedAt").asText()).isNotBlank();
        // the demo circles' teachers are in the middle of their projects
        long running = 0;
        for (JsonNode version : versions) {
            running += version.path("runningInstances").asLong();
        }
        assertThat(running).isEqualTo(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(DEVELOPMENT_WORK).count()).isPositive();

        JsonNode decision = model(models, "dmn", "certification-eligibility");
        assertThat(decision.path("versions").get(0).path("runningInstances").asLong()).isZero();
        JsonNode form = model(models, "form", "devwork-review-plan");
        assertThat(form.path("resourceName").asText()).isEqualTo("devwork-review-plan.form");
        assertThat(form.path("versions").get(0).path("definitionId").isNull()).isTrue();
    }

    @Test
    void aVersionDownloadsAsItsFileUnderItsFileName() throws Exception {
        MockHttpServletResponse file = mvc.perform(get("/api/modeler/models/bpmn/development-work/versions/1/file")
                .with(user("admin").roles("ADMIN"))).andReturn().getResponse();

        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
                .contains("filename=\"development-work.bpmn\"");
        ProcessDefinition first = repository.createProcessDefinitionQuery().processDefinitionKey(DEVELOPMENT_WORK)
                .processDefinitionVersion(1).singleResult();
        assertThat(file.getContentAsByteArray()).isEqualTo(repository.getResourceAsStream(first.getDeploymentId(),
                first.getResourceName()).readAllBytes());

        MockHttpServletResponse form = mvc.perform(get("/api/modeler/models/form/devwork-review-plan/versions/1/file")
                .with(user("admin").roles("ADMIN"))).andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(json.readTree(form.getContentAsByteArray()).path("id").asText()).isEqualTo("devwork-review-plan");

        admin(get("/api/modeler/models/bpmn/development-work/versions/9999/file"), 404);
        admin(get("/api/modeler/models/xml/development-work/versions/1/file"), 400);
    }

    @Test
    void aDeploymentThroughTheEngineNamesItsDeployerFromTheEnginesOperationLog() throws Exception {
        identity.setAuthentication("admin", List.of("admins"));
        Deployment byHand;
        try {
            byHand = repository.createDeployment().name("by hand").addString("modeler-test-by-hand.form",
                    "{\"id\": \"modeler-test-by-hand\", \"type\": \"default\", \"components\": []}").deploy();
        } finally {
            identity.clearAuthentication();
        }
        JsonNode version = model(admin(get("/api/modeler/models"), 200), "form", "modeler-test-by-hand")
                .path("versions").get(0);
        assertThat(version.path("deploymentId").asText()).isEqualTo(byHand.getId());
        assertThat(version.path("source").asText()).isEqualTo("engine-rest");
        assertThat(version.path("deployedBy").asText()).isEqualTo("admin");
    }

    // --- drafts and diff

    @Test
    void aDraftStartsFromAVersionIsSavedByItsAuthorAndDeleted() throws Exception {
        JsonNode draft = newDraft(DEVELOPMENT_WORK, 1);
        assertThat(draft.path("kind").asText()).isEqualTo("bpmn");
        assertThat(draft.path("key").asText()).isEqualTo(DEVELOPMENT_WORK);
        assertThat(draft.path("basedOnVersion").asInt()).isEqualTo(1);
        assertThat(draft.path("author").asText()).isEqualTo("admin");
        assertThat(draft.path("content").asText()).contains("<bpmn:process id=\"development-work\"");
        String id = draft.path("id").asText();

        String edited = withDocumentation(draft.path("content").asText(), "saved by the draft test");
        JsonNode saved = send(put("/api/modeler/drafts/" + id), Map.of("content", edited), 200);
        assertThat(saved.path("content").asText()).isEqualTo(edited);
        assertThat(admin(get("/api/modeler/drafts/" + id), 200).path("content").asText()).isEqualTo(edited);

        JsonNode checked = send(post("/api/modeler/drafts/" + id + "/check"), Map.of(), 200);
        assertThat(checked.path("ok").isBoolean()).isTrue();
        assertThat(checked.path("problems").isArray()).isTrue();

        JsonNode listed = model(admin(get("/api/modeler/models"), 200), "bpmn", DEVELOPMENT_WORK).path("drafts");
        assertThat(listed.findValuesAsText("id")).contains(id);

        mvc.perform(delete("/api/modeler/drafts/" + id).with(user("admin").roles("ADMIN")).with(csrf()))
                .andReturn().getResponse().getStatus();
        admin(get("/api/modeler/drafts/" + id), 404);
    }

    @Test
    void aNewModelStartsFromAFileWithItsKeyReadFromIt() throws Exception {
        String form = "{\"id\": \"modeler-test-new-form\", \"type\": \"default\", \"components\": ["
                + "{\"id\": \"Field_a\", \"key\": \"a\", \"type\": \"textfield\", \"label\": \"A\"}]}";
        JsonNode draft = send(post("/api/modeler/drafts"), Map.of("kind", "form", "content", form), 201);
        assertThat(draft.path("key").asText()).isEqualTo("modeler-test-new-form");
        assertThat(draft.path("basedOnVersion").isNull()).isTrue();

        JsonNode diff = admin(get("/api/modeler/drafts/" + draft.path("id").asText() + "/diff"), 200);
        assertThat(diff.path("changes").findValuesAsText("elementId")).containsExactly("Field_a");
        assertThat(diff.path("changes").get(0).path("change").asText()).isEqualTo("added");
    }

    @Test
    void theDiffNamesTheChangedElementsAndShowsTheLines() throws Exception {
        JsonNode draft = newDraft(DEVELOPMENT_WORK, 1);
        String content = draft.path("content").asText();
        String renamed = content.replaceFirst("(<bpmn:userTask id=\"([A-Za-z_]+)\" name=\")([^\"]*)\"",
                "$1$3 (renamed)\"");
        String userTaskId = content.replaceFirst("(?s).*?<bpmn:userTask id=\"([A-Za-z_]+)\".*", "$1");
        send(put("/api/modeler/drafts/" + draft.path("id").asText()), Map.of("content", renamed), 200);

        JsonNode diff = admin(get("/api/modeler/drafts/" + draft.path("id").asText() + "/diff"), 200);

        assertThat(diff.path("basedOnVersion").asInt()).isEqualTo(1);
        assertThat(diff.path("changes")).hasSize(1);
        JsonNode change = diff.path("changes").get(0);
        assertThat(change.path("elementId").asText()).isEqualTo(userTaskId);
        assertThat(change.path("change").asText()).isEqualTo("changed");
        assertThat(change.path("type").asText()).isEqualTo("userTask");
        assertThat(change.path("details").asText()).contains("name:").contains("(renamed)");
        String unified = diff.path("unified").asText();
        assertThat(unified).startsWith("--- a/development-work.bpmn (version 1)\n+++ b/development-work.bpmn (draft)\n")
                .contains("\n@@ -").contains("(renamed)");
        assertThat(unified.lines().filter(line -> line.startsWith("-") && !line.startsWith("---")).count()).isEqualTo(1);
        assertThat(unified.lines().filter(line -> line.startsWith("+") && !line.startsWith("+++")).count()).isEqualTo(1);
    }

    // --- deployment

    @Test
    void aChangedDraftDeploysAsANewVersionWithItsFormsAndAnUnchangedOneDeploysNothing() throws Exception {
        ProcessDefinition before = latest(DEVELOPMENT_WORK);
        JsonNode draft = newDraft(DEVELOPMENT_WORK, before.getVersion());
        String id = draft.path("id").asText();
        send(put("/api/modeler/drafts/" + id), Map.of("content",
                withDocumentation(draft.path("content").asText(), "deployed by the deploy test " + id)), 200);

        JsonNode deployed = send(post("/api/modeler/drafts/" + id + "/deploy"), Map.of(), 201);

        ProcessDefinition after = latest(DEVELOPMENT_WORK);
        assertThat(deployed.path("changed").asBoolean()).isTrue();
        assertThat(deployed.path("version").asInt()).isEqualTo(after.getVersion()).isEqualTo(before.getVersion() + 1);
        assertThat(deployed.path("definitionId").asText()).isEqualTo(after.getId());
        Deployment deployment = repository.createDeploymentQuery().deploymentId(after.getDeploymentId())
                .singleResult();
        assertThat(deployment.getName()).isEqualTo("modeler: development-work.bpmn");
        assertThat(deployment.getSource()).isEqualTo("shamy-modeler");
        // formRefBinding="deployment": the forms go with the process
        List<String> resources = repository.getDeploymentResourceNames(deployment.getId());
        assertThat(resources).contains("development-work.bpmn", "devwork-review-plan.form", "devwork-draft-plan.form");
        // the engine's log names the administrator too
        assertThat(engine.getHistoryService().createUserOperationLogQuery().deploymentId(deployment.getId())
                .list()).extracting(entry -> entry.getUserId()).contains("admin");

        JsonNode version = model(admin(get("/api/modeler/models"), 200), "bpmn", DEVELOPMENT_WORK)
                .path("versions").get(0);
        assertThat(version.path("version").asInt()).isEqualTo(after.getVersion());
        assertThat(version.path("source").asText()).isEqualTo("modeler");
        assertThat(version.path("deployedBy").asText()).isEqualTo("admin");

        JsonNode again = send(post("/api/modeler/drafts/" + id + "/deploy"), Map.of(), 200);
        assertThat(again.path("changed").asBoolean()).isFalse();
        assertThat(again.path("version").asInt()).isEqualTo(after.getVersion());
        assertThat(latest(DEVELOPMENT_WORK).getId()).isEqualTo(after.getId());

        JsonNode audit = admin(get("/api/modeler/audit?key=" + DEVELOPMENT_WORK), 200);
        assertThat(audit.get(0).path("outcome").asText()).isEqualTo("unchanged");
        assertThat(audit.get(1).path("outcome").asText()).isEqualTo("deployed");
        assertThat(audit.get(1).path("deploymentId").asText()).isEqualTo(deployment.getId());
        assertThat(audit.get(1).path("actor").asText()).isEqualTo("admin");
        assertThat(audit.get(1).path("version").asInt()).isEqualTo(after.getVersion());
    }

    @Test
    void aFormDeploysTogetherWithTheProcessesThatReferToIt() throws Exception {
        String form = "{\"id\": \"modeler-test-form\", \"type\": \"default\", \"components\": ["
                + "{\"id\": \"Field_note\", \"key\": \"note\", \"type\": \"textfield\", \"label\": \"Note\"}]}";
        String bpmn = "<?xml version=\"1.0\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"t\">"
                + "<bpmn:process id=\"modeler-test-with-form\" isExecutable=\"true\" camunda:historyTimeToLive=\"400\">"
                + "<bpmn:startEvent id=\"Start\"/><bpmn:sequenceFlow id=\"Flow_1\" sourceRef=\"Start\" targetRef=\"Note\"/>"
                + "<bpmn:userTask id=\"Note\" camunda:formRef=\"modeler-test-form\" camunda:formRefBinding=\"deployment\"/>"
                + "<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Note\" targetRef=\"End\"/><bpmn:endEvent id=\"End\"/>"
                + "</bpmn:process></bpmn:definitions>";
        repository.createDeployment().name("modeler test").addString("modeler-test-with-form.bpmn", bpmn)
                .addString("modeler-test-form.form", form).deploy();
        JsonNode draft = send(post("/api/modeler/drafts"), Map.of("kind", "form", "key", "modeler-test-form",
                "version", 1), 201);
        String id = draft.path("id").asText();
        send(put("/api/modeler/drafts/" + id), Map.of("content", form.replace("\"Note\"", "\"A note\"")), 200);

        JsonNode diff = admin(get("/api/modeler/drafts/" + id + "/diff"), 200);
        assertThat(diff.path("changes")).hasSize(1);
        assertThat(diff.path("changes").get(0).path("elementId").asText()).isEqualTo("Field_note");
        assertThat(diff.path("changes").get(0).path("details").asText()).contains("label");

        JsonNode deployed = send(post("/api/modeler/drafts/" + id + "/deploy"), Map.of(), 201);

        assertThat(deployed.path("version").asInt()).isEqualTo(2);
        ProcessDefinition process = latest("modeler-test-with-form");
        assertThat(process.getVersion()).isEqualTo(2);
        assertThat(process.getDeploymentId()).isEqualTo(deployed.path("deploymentId").asText());
        assertThat(repository.getDeploymentResourceNames(process.getDeploymentId()))
                .containsExactlyInAnyOrder("modeler-test-form.form", "modeler-test-with-form.bpmn");
        assertThat(new String(repository.getResourceAsStream(process.getDeploymentId(), "modeler-test-form.form")
                .readAllBytes(), StandardCharsets.UTF_8)).contains("A note");

        assertThat(send(post("/api/modeler/drafts/" + id + "/deploy"), Map.of(), 200).path("changed").asBoolean())
                .isFalse();
    }

    @Test
    void aProcessDeploysWithItsFormDraftRatherThanTheDeployedForm() throws Exception {
        String form = "{\"id\": \"modeler-test-form2\", \"type\": \"default\", \"components\": []}";
        String bpmn = "<?xml version=\"1.0\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"t\">"
                + "<bpmn:process id=\"modeler-test-with-form2\" isExecutable=\"true\" camunda:historyTimeToLive=\"400\">"
                + "<bpmn:startEvent id=\"Start\"/><bpmn:sequenceFlow id=\"Flow_1\" sourceRef=\"Start\" targetRef=\"Note\"/>"
                + "<bpmn:userTask id=\"Note\" camunda:formRef=\"modeler-test-form2\" camunda:formRefBinding=\"deployment\"/>"
                + "<bpmn:sequenceFlow id=\"Flow_2\" sourceRef=\"Note\" targetRef=\"End\"/><bpmn:endEvent id=\"End\"/>"
                + "</bpmn:process></bpmn:definitions>";
        repository.createDeployment().name("modeler test").addString("modeler-test-with-form2.bpmn", bpmn)
                .addString("modeler-test-form2.form", form).deploy();
        JsonNode formDraft = send(post("/api/modeler/drafts"), Map.of("kind", "form", "key", "modeler-test-form2",
                "version", 1), 201);
        String changedForm = form.replace("[]", "[{\"id\": \"Text_1\", \"type\": \"text\", \"text\": \"new\"}]");
        send(put("/api/modeler/drafts/" + formDraft.path("id").asText()), Map.of("content", changedForm), 200);
        JsonNode processDraft = newDraft("modeler-test-with-form2", 1);

        // the process itself is unchanged, its form draft is not: a new version with the draft's form
        JsonNode deployed = send(post("/api/modeler/drafts/" + processDraft.path("id").asText() + "/deploy"),
                Map.of(), 201);

        assertThat(new String(repository.getResourceAsStream(deployed.path("deploymentId").asText(),
                "modeler-test-form2.form").readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(changedForm);
    }

    @Test
    void aDraftTheEngineRefusesDeploysNothingAndIsAudited() throws Exception {
        // well-formed BPMN the model API reads, but a service task that does nothing the engine refuses
        String broken = "<?xml version=\"1.0\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"t\">"
                + "<bpmn:process id=\"modeler-test-broken\" isExecutable=\"true\" camunda:historyTimeToLive=\"400\">"
                + "<bpmn:startEvent id=\"Start\"/><bpmn:sequenceFlow id=\"Flow_1\" sourceRef=\"Start\" targetRef=\"Work\"/>"
                + "<bpmn:serviceTask id=\"Work\"/></bpmn:process></bpmn:definitions>";
        JsonNode draft = send(post("/api/modeler/drafts"), Map.of("kind", "bpmn", "content", broken), 201);
        assertThat(draft.path("key").asText()).isEqualTo("modeler-test-broken");

        MockHttpServletResponse refused = mvc.perform(post("/api/modeler/drafts/" + draft.path("id").asText()
                + "/deploy").with(user("admin").roles("ADMIN")).with(csrf())).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json.readTree(refused.getContentAsString());
        assertThat(problem.path("problems").get(0).path("rule").asText()).isEqualTo("engine-parse");
        assertThat(problem.path("problems").get(0).path("severity").asText()).isEqualTo("error");
        assertThat(problem.path("problems").get(0).path("elementId").asText()).isEqualTo("Work");
        assertThat(problem.path("problems").get(0).path("message").asText()).contains("serviceTask");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("modeler-test-broken").count())
                .isZero();
        JsonNode audit = admin(get("/api/modeler/audit?key=modeler-test-broken"), 200);
        assertThat(audit.get(0).path("outcome").asText()).isEqualTo("refused");
        assertThat(audit.get(0).path("deploymentId").isNull()).isTrue();
    }

    @Test
    void httpBasicReachesTheApiWithoutASessionOrCsrfToken() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/modeler/drafts").with(httpBasic("admin", "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"bpmn\", \"key\": \"development-work\", \"version\": 1}"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(json.readTree(response.getContentAsString()).path("author").asText()).isEqualTo("admin");
    }

    // --- start-up deployment

    @Test
    void startUpDeploymentNeverRollsBackOrDuplicatesAVersionDeployedFromTheModeler() throws Exception {
        JsonNode draft = newDraft(DEVELOPMENT_WORK, latest(DEVELOPMENT_WORK).getVersion());
        String id = draft.path("id").asText();
        send(put("/api/modeler/drafts/" + id), Map.of("content",
                withDocumentation(draft.path("content").asText(), "deployed before a restart " + id)), 200);
        int modelerVersion = send(post("/api/modeler/drafts/" + id + "/deploy"), Map.of(), 201).path("version").asInt();
        SpringProcessEngineConfiguration starter =
                (SpringProcessEngineConfiguration) engine.getProcessEngineConfiguration();
        Resource[] processes = starter.getDeploymentResources();
        assertThat(starter.isDeployChangedOnly()).isTrue();

        // a restart with processes/ as it is deploys nothing
        long startUpDeployments = startUpDeployments();
        restart(starter, processes);
        assertThat(startUpDeployments()).isEqualTo(startUpDeployments);
        assertThat(latest(DEVELOPMENT_WORK).getVersion()).isEqualTo(modelerVersion);

        // a restart after another file in processes/ changed deploys that file (with its forms), nothing else
        Resource[] oneChanged = Stream.of(processes).map(resource -> filename(resource).equals("circle-cycle.bpmn")
                ? withComment(resource) : resource).toArray(Resource[]::new);
        int circleCycle = latest("circle-cycle").getVersion();
        try {
            restart(starter, oneChanged);
            assertThat(startUpDeployments()).isEqualTo(startUpDeployments + 1);
            ProcessDefinition changed = latest("circle-cycle");
            assertThat(changed.getVersion()).isEqualTo(circleCycle + 1);
            List<String> deployedNow = repository.getDeploymentResourceNames(changed.getDeploymentId());
            assertThat(deployedNow.stream().filter(name -> name.endsWith(".bpmn"))).hasSize(1);
            assertThat(deployedNow).anyMatch(name -> name.endsWith("circle-record-session.form"));
            assertThat(latest(DEVELOPMENT_WORK).getVersion()).isEqualTo(modelerVersion);
            assertThat(repository.createDeploymentQuery().deploymentId(latest(DEVELOPMENT_WORK).getDeploymentId())
                    .singleResult().getSource()).isEqualTo("shamy-modeler");
        } finally {
            // processes/ as it is serves again (a new version of circle-cycle with the file's own content)
            restart(starter, processes);
        }
        assertThat(latest(DEVELOPMENT_WORK).getVersion()).isEqualTo(modelerVersion);
    }

    // --- bad requests

    @Test
    void badRequestsAreProblemDetails() throws Exception {
        problem(admin(get("/api/modeler/drafts/no-such-draft"), 404));
        problem(send(post("/api/modeler/drafts"), Map.of("kind", "cmmn", "content", "<x/>"), 400));
        problem(send(put("/api/modeler/drafts/no-such-draft"), Map.of("content", "x"), 404));
        problem(send(post("/api/modeler/drafts/no-such-draft/deploy"), Map.of(), 404));
        problem(send(post("/api/modeler/drafts/no-such-draft/check"), Map.of(), 404));
        problem(send(post("/api/modeler/drafts"), Map.of("kind", "bpmn", "key", DEVELOPMENT_WORK), 400));
        MockHttpServletResponse malformed = mvc.perform(post("/api/modeler/drafts").with(user("admin").roles("ADMIN"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"bpmn\", "))
                .andReturn().getResponse();
        assertThat(malformed.getStatus()).isEqualTo(400);
        assertThat(malformed.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void aDraftOverTwoMegabytesIsRefusedWith413() throws Exception {
        JsonNode draft = newDraft(DEVELOPMENT_WORK, 1);
        String big = "<!--" + "x".repeat((int) ModelDrafts.MAX_BYTES) + "-->";
        JsonNode problem = send(put("/api/modeler/drafts/" + draft.path("id").asText()), Map.of("content", big), 413);
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(admin(get("/api/modeler/drafts/" + draft.path("id").asText()), 200).path("content").asText())
                .isEqualTo(draft.path("content").asText());
    }

    @Test
    void aHundredMegabyteUploadIsRefusedWith413BeforeItIsRead() throws Exception {
        // over a real connection: the server answers from the request's headers, before the 100 MB arrive
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String basic = Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
            out.write(("POST /api/modeler/drafts HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + basic
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (100L * 1024 * 1024)
                    + "\r\n\r\n{\"kind\": \"bpmn\", \"content\": \"").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = readHead(socket.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("application/problem+json");
        }
    }

    // --- who

    static Stream<Arguments> othersOnEveryEndpoint() {
        List<String[]> people = List.of(new String[] {"teacher1", "TEACHER"},
                new String[] {"facilitator1", "FACILITATOR"}, new String[] {"assessor1", "ASSESSOR"},
                new String[] {"staff1", "STAFF"});
        List<Object[]> endpoints = List.of(new Object[] {HttpMethod.GET, "/api/modeler/models"},
                new Object[] {HttpMethod.GET, "/api/modeler/models/bpmn/development-work/versions/1/file"},
                new Object[] {HttpMethod.POST, "/api/modeler/drafts"},
                new Object[] {HttpMethod.GET, "/api/modeler/drafts/any"},
                new Object[] {HttpMethod.PUT, "/api/modeler/drafts/any"},
                new Object[] {HttpMethod.DELETE, "/api/modeler/drafts/any"},
                new Object[] {HttpMethod.POST, "/api/modeler/drafts/any/check"},
                new Object[] {HttpMethod.GET, "/api/modeler/drafts/any/diff"},
                new Object[] {HttpMethod.POST, "/api/modeler/drafts/any/deploy"},
                new Object[] {HttpMethod.GET, "/api/modeler/audit"},
                new Object[] {HttpMethod.GET, "/api/modeler/processes/development-work/migration"},
                new Object[] {HttpMethod.POST, "/api/modeler/processes/development-work/migration"},
                new Object[] {HttpMethod.GET, "/api/modeler/migrations/any"},
                new Object[] {HttpMethod.GET, "/modeler"},
                new Object[] {HttpMethod.GET, "/modeler/drafts/any"},
                new Object[] {HttpMethod.GET, "/modeler/new"});
        List<Arguments> all = new ArrayList<>();
        for (String[] person : people) {
            for (Object[] endpoint : endpoints) {
                all.add(Arguments.of(person[0], person[1], endpoint[0], endpoint[1]));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {2} {3}")
    @MethodSource("othersOnEveryEndpoint")
    void everyoneButAdministratorsIsRefused(String username, String role, HttpMethod method, String path)
            throws Exception {
        // with a valid CSRF token and a body: the refusal is for who they are, nothing else
        MockHttpServletResponse response = mvc.perform(request(method, path).with(user(username).roles(role))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"bpmn\", \"content\": \"x\"}"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void noOneSignedInIsAskedToSignIn() throws Exception {
        assertThat(mvc.perform(get("/api/modeler/models")).andReturn().getResponse().getStatus()).isEqualTo(401);
        MockHttpServletResponse page = mvc.perform(get("/modeler")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void aChangeFromAPageSessionWithoutItsCsrfTokenIsRefused() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/modeler/drafts").with(user("admin").roles("ADMIN"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"bpmn\", \"key\": \"development-work\", \"version\": 1}"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    // --- helpers

    private JsonNode newDraft(String key, int version) throws Exception {
        return send(post("/api/modeler/drafts"), Map.of("kind", "bpmn", "key", key, "version", version), 201);
    }

    private JsonNode admin(MockHttpServletRequestBuilder request, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user("admin").roles("ADMIN")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return json.readTree(response.getContentAsString().isEmpty() ? "null" : response.getContentAsString());
    }

    private JsonNode send(MockHttpServletRequestBuilder request, Object body, int status) throws Exception {
        return admin(request.with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsBytes(body)), status);
    }

    private static void problem(JsonNode problem) {
        assertThat(problem.path("status").asInt()).isBetween(400, 499);
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    private static JsonNode model(JsonNode models, String kind, String key) {
        for (JsonNode model : models) {
            if (model.path("kind").asText().equals(kind) && model.path("key").asText().equals(key)) {
                return model;
            }
        }
        throw new AssertionError("no " + kind + " " + key + " in the catalogue");
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private long startUpDeployments() {
        return repository.createDeploymentQuery().deploymentName(ModelCatalogue.START_UP_DEPLOYMENT).count();
    }

    /** What the starter does when the engine starts: processes/ deployed by its own code. */
    private void restart(SpringProcessEngineConfiguration starter, Resource[] processes) {
        Resource[] atStart = starter.getDeploymentResources();
        starter.setDeploymentResources(processes);
        try {
            ReflectionTestUtils.invokeMethod(starter, "autoDeployResources", engine);
        } finally {
            starter.setDeploymentResources(atStart);
        }
    }

    private static String withDocumentation(String bpmn, String text) {
        return bpmn.replaceFirst("(<bpmn:process id=\"[^\"]+\"[^>]*>)", "$1" + String.format(DOCUMENTATION, text));
    }

    private static String filename(Resource resource) {
        return resource.getFilename() == null ? "" : resource.getFilename();
    }

    /** The same file (same name to the engine) with an XML comment added: changed bytes, the same process. */
    private static Resource withComment(Resource resource) {
        try {
            byte[] changed = (new String(resource.getContentAsByteArray(), StandardCharsets.UTF_8)
                    + "\n<!-- changed by ModelerApiIntegrationTests -->\n").getBytes(StandardCharsets.UTF_8);
            return new FileSystemResource(resource.getFile()) {
                @Override
                public InputStream getInputStream() {
                    return new java.io.ByteArrayInputStream(changed);
                }
            };
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0) {
            head.append((char) b);
            if (head.toString().endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }
}
