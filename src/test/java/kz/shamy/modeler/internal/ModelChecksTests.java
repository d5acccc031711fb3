package kz.shamy.modeler.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.shamy.EmptyShamyIntegrationTest;
import kz.shamy.shared.InvalidRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The checks a draft passes before it is deployed, one bad input per rule, each at its element; and every model
 * Shamy deploys from processes/ passes them, so the rules refuse nothing Shamy runs.
 */
@EmptyShamyIntegrationTest
class ModelChecksTests {

    static final Path PROCESSES = Path.of("processes");

    @Autowired ModelChecks checks;

    @Test
    void everyModelInProcessesPassesWithoutAnError() throws IOException {
        Map<String, byte[]> forms = formsIn(PROCESSES);
        List<Path> models;
        try (Stream<Path> files = Files.walk(PROCESSES)) {
            models = files.filter(Files::isRegularFile).filter(file -> file.toString().matches(".*\\.(bpmn|dmn|form)"))
                    .toList();
        }
        assertThat(models).hasSizeGreaterThanOrEqualTo(28);
        for (Path model : models) {
            String name = model.getFileName().toString();
            String kind = name.substring(name.lastIndexOf('.') + 1);
            List<ModelProblem> problems = checks.check(kind, name, Files.readAllBytes(model), forms);
            assertThat(problems).as(model.toString()).isEmpty();
        }
    }

    @Test
    void malformedXmlIsRefusedWithTheParsersMessage() {
        List<ModelProblem> problems = checks.check("bpmn", "broken.bpmn",
                "<bpmn:definitions xmlns:bpmn=\"x\"><bpmn:process id=\"P\"></bpmn:definitions>"
                        .getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo("xml");
            assertThat(problem.severity()).isEqualTo("error");
            assertThat(problem.elementId()).isNull();
            assertThat(problem.message()).contains("bpmn:process").contains("line 1");
        });
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "SECRET-7f3a");
        for (String target : List.of("file:///etc/passwd", secret.toUri().toString())) {
            String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY xxe SYSTEM \"" + target + "\">]>\n"
                    + process("P", "camunda:historyTimeToLive=\"30\"", "<bpmn:documentation>&xxe;</bpmn:documentation>"
                            + serviceTask("${closeCircle}"));
            for (String kind : List.of("bpmn", "dmn")) {
                List<ModelProblem> problems = checks.check(kind, "xxe." + kind, xxe.getBytes(StandardCharsets.UTF_8),
                        Map.of());

                assertThat(problems).singleElement().satisfies(problem -> {
                    assertThat(problem.rule()).isEqualTo("xml");
                    assertThat(problem.severity()).isEqualTo("error");
                    assertThat(problem.message()).contains("DOCTYPE").doesNotContain("SECRET-7f3a")
                            .doesNotContain("root:");
                });
            }
        }
    }

    @Test
    void aProcessTheEngineRefusesIsReportedAtItsElement() {
        String body = "<bpmn:startEvent id=\"Start\"/>"
                + "<bpmn:sequenceFlow id=\"Flow_ToNowhere\" sourceRef=\"Start\" targetRef=\"Missing\"/>";
        List<ModelProblem> problems = checks.check("bpmn", "p.bpmn",
                process("engine-refuses", "camunda:historyTimeToLive=\"30\"", body).getBytes(StandardCharsets.UTF_8),
                Map.of());

        assertThat(problems).filteredOn(problem -> problem.rule().equals("engine-parse")).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.severity()).isEqualTo("error"))
                .anySatisfy(problem -> {
                    assertThat(problem.elementId()).isEqualTo("Flow_ToNowhere");
                    assertThat(problem.message()).contains("Missing");
                });
    }

    @Test
    void anExclusiveGatewayWithoutConditionsIsRefusedByTheEngine() {
        String body = "<bpmn:startEvent id=\"Start\"/><bpmn:exclusiveGateway id=\"Gateway_Which\"/>"
                + "<bpmn:endEvent id=\"End_A\"/><bpmn:endEvent id=\"End_B\"/>"
                + "<bpmn:sequenceFlow id=\"F1\" sourceRef=\"Start\" targetRef=\"Gateway_Which\"/>"
                + "<bpmn:sequenceFlow id=\"F2\" sourceRef=\"Gateway_Which\" targetRef=\"End_A\"/>"
                + "<bpmn:sequenceFlow id=\"F3\" sourceRef=\"Gateway_Which\" targetRef=\"End_B\"/>";
        List<ModelProblem> problems = checks.check("bpmn", "p.bpmn",
                process("gateway", "camunda:historyTimeToLive=\"30\"", body).getBytes(StandardCharsets.UTF_8),
                Map.of());

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.rule()).isEqualTo("engine-parse");
            assertThat(problem.severity()).isEqualTo("error");
            assertThat(problem.elementId()).isIn("Gateway_Which", "F2", "F3");
        });
    }

    @Test
    void aDecisionWithAnUnknownTypeIsRefused() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="D" name="d" namespace="x">
                  <decision id="check-type" name="Check">
                    <decisionTable id="Table">
                      <input id="Input_Score" label="Score">
                        <inputExpression id="InputExpression_Score" typeRef="integr"><text>score</text></inputExpression>
                      </input>
                      <output id="Output_Pass" name="pass" typeRef="boolean"/>
                      <rule id="Rule_1"><inputEntry id="E1"><text>&gt;= 10</text></inputEntry>
                        <outputEntry id="O1"><text>true</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
        List<ModelProblem> problems = checks.check("dmn", "d.dmn", dmn.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo("dmn");
            assertThat(problem.severity()).isEqualTo("error");
            assertThat(problem.elementId()).isEqualTo("InputExpression_Score");
            assertThat(problem.message()).contains("integr");
        });
        assertThat(checks.check("dmn", "d.dmn", dmn.replace("integr", "integer").getBytes(StandardCharsets.UTF_8),
                Map.of())).isEmpty();
    }

    @Test
    void aDecisionTheDmnEngineCannotReadIsRefusedWithItsMessage() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="D" name="d" namespace="x">
                  <decision id="bad-hit-policy" name="Check">
                    <decisionTable id="Table" hitPolicy="SOMETIMES">
                      <output id="Output_Pass" name="pass" typeRef="boolean"/>
                    </decisionTable>
                  </decision>
                </definitions>
                """;
        List<ModelProblem> problems = checks.check("dmn", "d.dmn", dmn.getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo("dmn");
            assertThat(problem.severity()).isEqualTo("error");
            assertThat(problem.message()).isNotBlank();
        });
    }

    @Test
    void brokenFormsAreRefused() {
        assertThat(checks.check("form", "f.form", "{\"id\": \"f\", \"components\": [".getBytes(), Map.of()))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.rule()).isEqualTo("form");
                    assertThat(problem.severity()).isEqualTo("error");
                    assertThat(problem.message()).contains("not valid JSON");
                });
        assertThat(checks.check("form", "f.form", "[1, 2]".getBytes(), Map.of())).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("not a JSON object"));
        assertThat(checks.check("form", "f.form", "{\"components\": []}".getBytes(), Map.of())).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("no \"id\""));
        assertThat(checks.check("form", "f.form", "{\"id\": \"f\", \"components\": []}".getBytes(), Map.of()))
                .isEmpty();
    }

    @Test
    void aFormNestedTenThousandDeepIsRefused() {
        String deep = "{\"id\": \"deep\", \"components\": " + "[{\"components\": ".repeat(10_000) + "[]"
                + "}]".repeat(10_000) + "}";

        assertThat(checks.check("form", "deep.form", deep.getBytes(), Map.of())).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.rule()).isEqualTo("form");
                    assertThat(problem.severity()).isEqualTo("error");
                    assertThat(problem.message()).contains("nested more than 64 deep");
                });
    }

    @Test
    void aHundredMegabytesAreRefusedBySizeBeforeAnyParsing() {
        byte[] huge = new byte[100 * 1024 * 1024];
        huge[0] = '<'; // not even XML: the size answers before a parser sees a byte

        for (String kind : List.of("bpmn", "dmn", "form")) {
            assertThat(checks.check(kind, "huge." + kind, huge, Map.of())).singleElement().satisfies(problem -> {
                assertThat(problem.rule()).isEqualTo("size");
                assertThat(problem.severity()).isEqualTo("error");
                assertThat(problem.message()).contains("104857600 bytes").contains("2097152");
            });
        }
        assertThat(checks.check("form", "edge.form", new byte[ModelChecks.MAX_BYTES], Map.of()))
                .noneMatch(problem -> problem.rule().equals("size"));
    }

    @Test
    void expressionsMustNameABeanShamyHas() {
        String body = "<bpmn:startEvent id=\"Start\"><bpmn:extensionElements>"
                + "<camunda:executionListener event=\"start\" expression=\"${nobodysBean.open(execution)}\"/>"
                + "</bpmn:extensionElements></bpmn:startEvent>"
                + "<bpmn:serviceTask id=\"Task_Unknown\" camunda:delegateExpression=\"${noSuchBean}\"/>"
                + "<bpmn:serviceTask id=\"Task_Class\" camunda:class=\"kz.shamy.Anything\"/>"
                + "<bpmn:serviceTask id=\"Task_Known\" camunda:delegateExpression=\"${closeCircle}\"/>"
                + "<bpmn:serviceTask id=\"Task_KnownExpression\" camunda:expression=\"${notifier.toString()}\"/>"
                + userTask("Task_Listener", "camunda:assignee=\"${instancePeople.teacher(execution)}\"",
                        "<camunda:taskListener event=\"complete\" delegateExpression=\"${recordNothing}\"/>")
                + "<bpmn:endEvent id=\"End\"/>"
                + flows("Start", "Task_Unknown", "Task_Class", "Task_Known", "Task_KnownExpression", "Task_Listener",
                        "End");
        List<ModelProblem> problems = checks.check("bpmn", "p.bpmn",
                process("beans", "camunda:historyTimeToLive=\"30\"", body).getBytes(StandardCharsets.UTF_8),
                testForm());

        assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.rule()).isEqualTo("shamy/bean");
            assertThat(problem.severity()).isEqualTo("error");
        });
        assertThat(problems).extracting(ModelProblem::elementId)
                .containsExactlyInAnyOrder("Start", "Task_Unknown", "Task_Class", "Task_Listener");
        assertThat(problems).filteredOn(problem -> "Task_Unknown".equals(problem.elementId())).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("noSuchBean"));
    }

    @Test
    void aCallActivitysMappingsCallOnlyShamysBeans() {
        String call = "<bpmn:callActivity id=\"Call\" calledElement=\"certification-approval\"><bpmn:extensionElements>"
                + "<camunda:in businessKey=\"#{execution.processBusinessKey}\"/>"
                + "<camunda:in source=\"teacherId\" target=\"teacherId\"/>"
                + "<camunda:in sourceExpression=\"${instancePeople.circleFacilitator(execution)}\" target=\"a\"/>"
                + "<camunda:in sourceExpression=\"${nobodysBean.circleOf(execution)}\" target=\"b\"/>"
                + "</bpmn:extensionElements><bpmn:multiInstanceLoopCharacteristics camunda:collection=\"${teacherIds}\" "
                + "camunda:elementVariable=\"teacherId\"/></bpmn:callActivity>";
        String body = "<bpmn:startEvent id=\"Start\"/>" + call + "<bpmn:endEvent id=\"End\"/>"
                + flows("Start", "Call", "End");
        List<ModelProblem> problems = checks.check("bpmn", "p.bpmn",
                process("calls", "camunda:historyTimeToLive=\"30\"", body).getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.rule()).isEqualTo("shamy/bean");
            assertThat(problem.severity()).isEqualTo("error");
            assertThat(problem.elementId()).isEqualTo("Call");
            assertThat(problem.message()).contains("nobodysBean");
        });
    }

    @Test
    void everyExecutableProcessKeepsItsHistoryTimeToLive() {
        List<ModelProblem> problems = checks.check("bpmn", "p.bpmn",
                process("no-ttl", "", serviceTask("${closeCircle}")).getBytes(StandardCharsets.UTF_8), Map.of());

        assertThat(problems).filteredOn(problem -> problem.rule().equals("shamy/history-ttl")).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.severity()).isEqualTo("error");
                    assertThat(problem.elementId()).isEqualTo("no-ttl");
                });
    }

    @Test
    void assignmentsUseOnlyShamysRelations() {
        assertThat(assignment("camunda:assignee=\"${execution.getVariable('teacher')}\"")).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.rule()).isEqualTo("shamy/assignment");
                    assertThat(problem.severity()).isEqualTo("error");
                    assertThat(problem.elementId()).isEqualTo("Task");
                    assertThat(problem.message()).contains("execution.getVariable");
                });
        assertThat(assignment("camunda:assignee=\"${teacherId}\"")).singleElement()
                .satisfies(problem -> assertThat(problem.rule()).isEqualTo("shamy/assignment"));
        assertThat(assignment("camunda:assignee=\"${casePeople.principal(execution)}\"")).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("no relation \"principal\""));
        assertThat(assignment("camunda:assignee=\"${notifier.toString()}\"")).hasSize(1);
        assertThat(assignment("camunda:assignee=\"teacher1\"")).hasSize(1);
        assertThat(assignment("camunda:candidateGroups=\"assessors, wizards\"")).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("wizards"));

        assertThat(assignment("camunda:assignee=\"${instancePeople.teacher(execution)}\"")).isEmpty();
        assertThat(assignment("camunda:assignee=\"${casePeople.facilitator(execution)}\"")).isEmpty();
        assertThat(assignment("camunda:candidateGroups=\"assessors,admins\"")).isEmpty();
    }

    @Test
    void theElementVariableOfAMultiInstanceIsAnAssignee() {
        String task = "<bpmn:userTask id=\"Task\" camunda:assignee=\"${attendeeId}\" camunda:formRef=\"test-form\" "
                + "camunda:formRefBinding=\"deployment\"><bpmn:multiInstanceLoopCharacteristics "
                + "camunda:collection=\"${attendees}\" camunda:elementVariable=\"attendeeId\"/></bpmn:userTask>";
        String body = "<bpmn:startEvent id=\"Start\"/>" + task + "<bpmn:endEvent id=\"End\"/>"
                + flows("Start", "Task", "End");

        assertThat(checks.check("bpmn", "p.bpmn", process("mi", "camunda:historyTimeToLive=\"30\"", body)
                .getBytes(StandardCharsets.UTF_8), testForm())).isEmpty();
        assertThat(checks.check("bpmn", "p.bpmn", process("mi", "camunda:historyTimeToLive=\"30\"",
                        body.replace("${attendeeId}", "${inviteeId}")).getBytes(StandardCharsets.UTF_8), testForm()))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.rule()).isEqualTo("shamy/assignment");
                    assertThat(problem.elementId()).isEqualTo("Task");
                });
    }

    @Test
    void aUserTaskNeedsAFormDeployedWithItsProcess() {
        String body = "<bpmn:startEvent id=\"Start\"/>"
                + "<bpmn:userTask id=\"Task_NoForm\" camunda:assignee=\"${instancePeople.teacher(execution)}\"/>"
                + userTask("Task_MissingForm", "camunda:assignee=\"${instancePeople.teacher(execution)}\"", "")
                        .replace("test-form", "not-deployed")
                + "<bpmn:endEvent id=\"End\"/>" + flows("Start", "Task_NoForm", "Task_MissingForm", "End");
        List<ModelProblem> problems = checks.check("bpmn", "p.bpmn",
                process("forms", "camunda:historyTimeToLive=\"30\"", body).getBytes(StandardCharsets.UTF_8),
                testForm());

        assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.rule()).isEqualTo("shamy/form");
            assertThat(problem.severity()).isEqualTo("error");
        }).extracting(ModelProblem::elementId).containsExactlyInAnyOrder("Task_NoForm", "Task_MissingForm");
    }

    @Test
    void aFormMustKeepTheFieldsItsTasksListenersRead() throws IOException {
        Map<String, byte[]> forms = formsIn(PROCESSES);
        forms.put("devwork-draft-plan", """
                {"id": "devwork-draft-plan", "type": "default", "components": [
                  {"type": "textarea", "key": "planNotes", "label": "Notes"}]}
                """.getBytes(StandardCharsets.UTF_8));
        List<ModelProblem> problems = checks.check("bpmn", "development-work.bpmn",
                Files.readAllBytes(PROCESSES.resolve("circle/development-work.bpmn")), forms);

        assertThat(problems).allSatisfy(problem -> {
            assertThat(problem.rule()).isEqualTo("shamy/form");
            assertThat(problem.elementId()).isEqualTo("DraftPlan");
        });
        assertThat(problems).filteredOn(ModelProblem::isError).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("\"planText\""));
        assertThat(problems).filteredOn(problem -> problem.severity().equals("warning")).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("\"planNotes\""));
    }

    @Test
    void aKindWithoutChecksIsAnInvalidRequest() {
        assertThatThrownBy(() -> checks.check("cmmn", "c.cmmn", "<x/>".getBytes(), Map.of()))
                .isInstanceOf(InvalidRequest.class).hasMessageContaining("cmmn");
    }

    // ---- models for the tests

    static Map<String, byte[]> formsIn(Path processes) throws IOException {
        Map<String, byte[]> forms = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(processes)) {
            for (Path form : files.filter(file -> file.toString().endsWith(".form")).toList()) {
                byte[] content = Files.readAllBytes(form);
                forms.put(json.readTree(content).path("id").asText(), content);
            }
        }
        return forms;
    }

    private List<ModelProblem> assignment(String attribute) {
        String body = "<bpmn:startEvent id=\"Start\"/>" + userTask("Task", attribute, "") + "<bpmn:endEvent id=\"End\"/>"
                + flows("Start", "Task", "End");
        return checks.check("bpmn", "p.bpmn", process("assignment", "camunda:historyTimeToLive=\"30\"", body)
                .getBytes(StandardCharsets.UTF_8), testForm());
    }

    static Map<String, byte[]> testForm() {
        return Map.of("test-form", ("{\"id\": \"test-form\", \"type\": \"default\", \"components\": [{\"type\": "
                + "\"textfield\", \"key\": \"note\", \"label\": \"Note\"}]}").getBytes(StandardCharsets.UTF_8));
    }

    static String process(String id, String attributes, String body) {
        return "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
                + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"Definitions_Test\" "
                + "targetNamespace=\"http://shamy.kz/bpmn/test\">"
                + "<bpmn:process id=\"" + id + "\" isExecutable=\"true\" " + attributes + ">" + body
                + "</bpmn:process></bpmn:definitions>";
    }

    static String serviceTask(String delegateExpression) {
        return "<bpmn:startEvent id=\"Start\"/><bpmn:serviceTask id=\"Task\" camunda:delegateExpression=\""
                + delegateExpression + "\"/><bpmn:endEvent id=\"End\"/>" + flows("Start", "Task", "End");
    }

    static String userTask(String id, String attributes, String listeners) {
        return "<bpmn:userTask id=\"" + id + "\" " + attributes + " camunda:formRef=\"test-form\" "
                + "camunda:formRefBinding=\"deployment\">"
                + (listeners.isEmpty() ? "" : "<bpmn:extensionElements>" + listeners + "</bpmn:extensionElements>")
                + "</bpmn:userTask>";
    }

    static String flows(String... ids) {
        StringBuilder flows = new StringBuilder();
        for (int i = 0; i + 1 < ids.length; i++) {
            flows.append("<bpmn:sequenceFlow id=\"Flow_").append(i).append("\" sourceRef=\"").append(ids[i])
                    .append("\" targetRef=\"").append(ids[i + 1]).append("\"/>");
        }
        return flows.toString();
    }
}
