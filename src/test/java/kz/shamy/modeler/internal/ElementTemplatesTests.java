package kz.shamy.modeler.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shamy.EmptyShamyIntegrationTest;
import kz.shamy.notify.Notifier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The element templates of Shamy's building blocks (processes/.camunda/element-templates/shamy-blocks.json): every
 * binding of every template, each choice of its dropdowns, gives an element that passes Shamy's checks; the web
 * modeler gets the same file; and a reminder added to a task from its template reminds whoever holds the task.
 */
@EmptyShamyIntegrationTest
class ElementTemplatesTests {

    static final Path TEMPLATES = Path.of("processes/.camunda/element-templates/shamy-blocks.json");
    static final String SCHEMA = "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
    private static final Pattern ROOT = Pattern.compile("^[$#]\\{\\s*([A-Za-z_]\\w*)");

    @Autowired ModelChecks checks;
    @Autowired ApplicationContext context;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired Notifier notifier;
    @Autowired MockMvc mvc;

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void undeploy() {
        deployments.forEach(id -> repository.deleteDeployment(id, true));
    }

    @Test
    void everyTemplateIsACamunda7TemplateWithItsOwnId() throws IOException {
        JsonNode templates = json.readTree(TEMPLATES.toFile());

        assertThat(templates.isArray()).isTrue();
        assertThat(templates).hasSizeGreaterThanOrEqualTo(8).allSatisfy(template -> {
            assertThat(template.path("$schema").asText()).isEqualTo(SCHEMA);
            assertThat(template.path("id").asText()).startsWith("kz.shamy.");
            assertThat(template.path("name").asText()).isNotBlank();
            assertThat(template.path("appliesTo").isArray()).isTrue();
            assertThat(template.path("properties").isArray()).isTrue();
        });
        assertThat(templates.findValuesAsText("id")).doesNotHaveDuplicates()
                .contains("kz.shamy.remindTaskHolders", "kz.shamy.sendNotification", "kz.shamy.startCertification",
                        "kz.shamy.projectStep");
    }

    @Test
    void everyBindingOfEveryTemplatePassesShamysChecks() throws IOException {
        int checked = 0;
        for (JsonNode template : json.readTree(TEMPLATES.toFile())) {
            for (String element : applied(template)) {
                String body = "<bpmn:startEvent id=\"Start\"/>" + element + "<bpmn:endEvent id=\"End\"/>"
                        + ModelChecksTests.flows("Start", "Block", "End");
                List<ModelProblem> problems = checks.check("bpmn", "block.bpmn", ModelChecksTests.process(
                        "template-check", "camunda:historyTimeToLive=\"30\"", body).getBytes(StandardCharsets.UTF_8),
                        ModelChecksTests.testForm());
                assertThat(problems).as(template.path("id").asText() + ": " + element).isEmpty();
                for (Matcher expression = Pattern.compile("[$#]\\{[^}]*}").matcher(element); expression.find(); ) {
                    Matcher root = ROOT.matcher(expression.group());
                    assertThat(root.find()).isTrue();
                    assertThat(root.group(1).equals("execution") || context.containsBean(root.group(1)))
                            .as("%s names a bean Shamy has", expression.group()).isTrue();
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void aTemplateWithAnUnknownBeanWouldFailTheseChecks() {
        String element = "<bpmn:serviceTask id=\"Block\" camunda:delegateExpression=\"${remindNobody}\"/>";
        String body = "<bpmn:startEvent id=\"Start\"/>" + element + "<bpmn:endEvent id=\"End\"/>"
                + ModelChecksTests.flows("Start", "Block", "End");

        assertThat(checks.check("bpmn", "block.bpmn", ModelChecksTests.process("template-check",
                "camunda:historyTimeToLive=\"30\"", body).getBytes(StandardCharsets.UTF_8), Map.of()))
                .extracting(ModelProblem::rule, ModelProblem::elementId).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("shamy/bean", "Block"));
    }

    @Test
    void theWebModelerGetsTheSameTemplates() throws Exception {
        mvc.perform(get("/api/modeler/element-templates").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().bytes(Files.readAllBytes(TEMPLATES)))
                .andExpect(jsonPath("$[?(@.id == 'kz.shamy.remindTaskHolders')].name")
                        .value("Remind whoever holds the task"));
    }

    @Test
    void aReminderAddedFromItsTemplateRemindsWhoeverHoldsTheTask() throws IOException {
        JsonNode remind = template("kz.shamy.remindTaskHolders");
        String holder = "holder-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "other-" + UUID.randomUUID().toString().substring(0, 8);
        String key = "reminder-" + UUID.randomUUID().toString().substring(0, 8);
        String bpmn = ModelChecksTests.process(key, "camunda:historyTimeToLive=\"30\"",
                "<bpmn:startEvent id=\"Start\"/>"
                        + "<bpmn:userTask id=\"Work\" name=\"Write the plan\" camunda:assignee=\"${holder}\"/>"
                        + "<bpmn:boundaryEvent id=\"Timer_Remind\" cancelActivity=\"false\" attachedToRef=\"Work\">"
                        + "<bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration>"
                        + "</bpmn:timerEventDefinition></bpmn:boundaryEvent>"
                        + applied(remind).get(0)
                        + "<bpmn:endEvent id=\"End\"/><bpmn:endEvent id=\"End_Reminded\"/>"
                        + ModelChecksTests.flows("Start", "Work", "End")
                        + "<bpmn:sequenceFlow id=\"Flow_Remind\" sourceRef=\"Timer_Remind\" targetRef=\"Block\"/>"
                        + "<bpmn:sequenceFlow id=\"Flow_Reminded\" sourceRef=\"Block\" targetRef=\"End_Reminded\"/>");
        deployments.add(repository.createDeployment().addString(key + ".bpmn", bpmn).deploy().getId());
        ProcessInstance reminded = runtime.startProcessInstanceByKey(key, Map.of("holder", holder));
        ProcessInstance elsewhere = runtime.startProcessInstanceByKey(key, Map.of("holder", other));

        Job timer = management.createJobQuery().processInstanceId(reminded.getId()).timers().singleResult();
        management.executeJob(timer.getId());

        String taskId = tasks.createTaskQuery().processInstanceId(reminded.getId()).singleResult().getId();
        assertThat(notifier.of(holder, TaskHolderReminderMessage.KEY)).singleElement().satisfies(notification ->
                assertThat(notification.argumentList()).containsExactly("Write the plan"));
        assertThat(notifier.of(other, TaskHolderReminderMessage.KEY)).isEmpty();
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult()).as("the task stays open").isNotNull();
        assertThat(management.createJobQuery().processInstanceId(elsewhere.getId()).timers().count()).isOne();
    }

    private JsonNode template(String id) throws IOException {
        for (JsonNode template : json.readTree(TEMPLATES.toFile())) {
            if (id.equals(template.path("id").asText())) {
                return template;
            }
        }
        throw new AssertionError("no template " + id);
    }

    /** The element the template makes, once per choice of its first dropdown (its id is Block). */
    static List<String> applied(JsonNode template) {
        List<String> choices = new ArrayList<>();
        JsonNode dropdown = null;
        for (JsonNode property : template.path("properties")) {
            if ("Dropdown".equals(property.path("type").asText())) {
                dropdown = property;
                break;
            }
        }
        if (dropdown == null) {
            return List.of(element(template, null, null));
        }
        for (JsonNode choice : dropdown.path("choices")) {
            choices.add(element(template, dropdown, choice.path("value").asText()));
        }
        return choices;
    }

    private static String element(JsonNode template, JsonNode dropdown, String choice) {
        String type = template.path("elementType").path("value").asText(template.path("appliesTo").get(0).asText());
        String tag = "bpmn:" + Character.toLowerCase(type.charAt(5)) + type.substring(6);
        StringBuilder attributes = new StringBuilder(" id=\"Block\"");
        StringBuilder extensions = new StringBuilder();
        boolean userTask = tag.equals("bpmn:userTask");
        for (JsonNode property : template.path("properties")) {
            String value = property == dropdown ? choice : property.path("value").asText("");
            JsonNode binding = property.path("binding");
            if (value.isEmpty() && "camunda:formRef".equals(binding.path("name").asText())) {
                value = "test-form"; // what an administrator types in; the form the checks are given
            }
            if (value.isEmpty()) {
                value = "A block";
            }
            switch (binding.path("type").asText()) {
                case "property" -> attributes.append(' ').append(binding.path("name").asText()).append("=\"")
                        .append(xml(value)).append('"');
                case "camunda:in:businessKey" -> extensions.append("<camunda:in businessKey=\"").append(xml(value))
                        .append("\"/>");
                case "camunda:in" -> extensions.append("<camunda:in ")
                        .append(binding.path("expression").asBoolean(false) ? "sourceExpression" : "source")
                        .append("=\"").append(xml(value)).append("\" target=\"")
                        .append(binding.path("target").asText()).append("\"/>");
                default -> throw new AssertionError("a binding these checks do not know: " + binding);
            }
        }
        String loop = "";
        if (tag.equals("bpmn:callActivity")) {
            // as the template's description asks: once per teacher
            loop = "<bpmn:multiInstanceLoopCharacteristics camunda:collection=\"${certificationCandidates.teachers("
                    + "execution)}\" camunda:elementVariable=\"teacherId\"/>";
        }
        assertThat(userTask || !attributes.toString().contains("formRef")).isTrue();
        return "<" + tag + attributes + ">"
                + (extensions.isEmpty() ? "" : "<bpmn:extensionElements>" + extensions + "</bpmn:extensionElements>")
                + loop + "</" + tag + ">";
    }

    private static String xml(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }

    /** The message key of the reminder, as its bundles spell it. */
    static final class TaskHolderReminderMessage {
        static final String KEY = "notify.tasks.reminder";
    }
}
