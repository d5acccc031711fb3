package kz.shamy.circle;

import kz.shamy.circle.internal.CircleCycleVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** circle-cycle.bpmn parses, follows Shamy's process rules, and every user task's form exists. */
class CircleCycleModelTests {

    private static BpmnModelInstance model;

    @BeforeAll
    static void readModel() throws Exception {
        try (InputStream bpmn = resource("processes/circle/circle-cycle.bpmn")) {
            model = Bpmn.readModelFromStream(bpmn);
        }
        Bpmn.validateModel(model);
    }

    @Test
    void processIsExecutableWithHistoryTimeToLive() {
        Process process = model.getModelElementById("circle-cycle");
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("400");
    }

    @Test
    void everyUserTaskIsTheFacilitatorsAndHasItsDeployedForm() throws Exception {
        Collection<UserTask> tasks = model.getModelElementsByType(UserTask.class);
        assertThat(tasks).extracting(UserTask::getId).containsExactlyInAnyOrder("RecordCircleSession",
                "RecordNetworkEvent");
        for (UserTask task : tasks) {
            assertThat(task.getCamundaAssignee()).isEqualTo("${instancePeople.circleFacilitator(execution)}");
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
            String formId = task.getCamundaFormRef();
            assertThat(formId).startsWith("circle-");
            try (InputStream form = resource("processes/circle/forms/" + formId + ".form")) {
                JsonNode json = new ObjectMapper().readTree(form);
                assertThat(json.path("id").asText()).isEqualTo(formId);
                assertThat(json.path("type").asText()).isEqualTo("default");
                assertThat(json.path("schemaVersion").asInt()).isEqualTo(16);
                assertThat(json.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
                assertThat(json.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
                List<String> keys = new ArrayList<>();
                json.path("components").forEach(c -> keys.add(c.path("key").asText()));
                assertThat(keys).isNotEmpty();
            }
        }
    }

    @Test
    void formFieldsAreTheVariablesTheListenersRead() throws Exception {
        assertThat(formKeys("circle-record-session")).containsExactly(CircleCycleVariables.SESSION_DATE,
                CircleCycleVariables.SESSION_ATTENDEES, CircleCycleVariables.SESSION_NOTES);
        assertThat(formKeys("circle-record-network-event")).containsExactly(CircleCycleVariables.EVENT_DATE,
                CircleCycleVariables.EVENT_PLACE, CircleCycleVariables.PRESENTERS);
    }

    @Test
    void serviceTasksUseDelegateBeans() {
        assertThat(model.getModelElementsByType(ServiceTask.class)).allSatisfy(task -> {
            assertThat(task.getCamundaDelegateExpression()).matches("\\$\\{[a-zA-Z]+}");
            assertThat(task.getCamundaClass()).isNull();
        });
    }

    @Test
    void developmentWorkIsCalledPerTeacherWithTheAgreedVariables() {
        CallActivity call = model.getModelElementById("DevelopmentWork");
        assertThat(call.getCalledElement()).isEqualTo("development-work");
        assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list())
                .extracting(CamundaIn::getCamundaTarget).contains("teacherId", "facilitatorId", "circleId");
        assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list())
                .allMatch(CamundaOut::getCamundaLocal)
                .extracting(CamundaOut::getCamundaTarget).containsExactly("projectId", "projectCompleted");
    }

    @Test
    void certificationIsCalledPerCompletedTeacherWithExactlyTheIdsFromShamysTables() {
        CallActivity call = model.getModelElementById("Certification");
        assertThat(call.getCalledElement()).isEqualTo("certification-approval");
        assertThat(call.getLoopCharacteristics()).isInstanceOfSatisfying(MultiInstanceLoopCharacteristics.class,
                loop -> {
                    assertThat(loop.getCamundaCollection()).isEqualTo("${certificationCandidates.teachers(execution)}");
                    assertThat(loop.getCamundaElementVariable()).isEqualTo("teacherId");
                });
        List<CamundaIn> ins = call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
        assertThat(ins).as("no variables=\"all\": only what certification-approval's start listener reads")
                .noneMatch(in -> "all".equals(in.getCamundaVariables()));
        assertThat(ins).filteredOn(in -> in.getCamundaBusinessKey() != null).extracting(CamundaIn::getCamundaBusinessKey)
                .containsExactly("${certificationCandidates.businessKey(execution, teacherId)}");
        assertThat(ins).filteredOn(in -> in.getCamundaTarget() != null)
                .extracting(CamundaIn::getCamundaTarget, in -> in.getCamundaSource() != null ? in.getCamundaSource()
                        : in.getCamundaSourceExpression())
                .containsExactly(tuple("teacherId", "teacherId"),
                        tuple("facilitatorId", "${instancePeople.circleFacilitator(execution)}"),
                        tuple("circleId", "${certificationCandidates.circleOf(execution)}"),
                        tuple("projectId", "${certificationCandidates.projectOf(execution, teacherId)}"));
        assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()).isEmpty();
    }

    @Test
    void everyElementIsDrawn() {
        List<String> drawn = new ArrayList<>();
        model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
        model.getModelElementsByType(FlowNode.class).forEach(n -> assertThat(drawn).contains(n.getId()));
        model.getModelElementsByType(SequenceFlow.class).forEach(f -> assertThat(drawn).contains(f.getId()));
    }

    private static List<String> formKeys(String formId) throws Exception {
        try (InputStream form = resource("processes/circle/forms/" + formId + ".form")) {
            List<String> keys = new ArrayList<>();
            new ObjectMapper().readTree(form).path("components").forEach(c -> {
                if (c.has("key")) {
                    keys.add(c.path("key").asText());
                }
            });
            return keys;
        }
    }

    private static InputStream resource(String path) {
        InputStream stream = CircleCycleModelTests.class.getClassLoader().getResourceAsStream(path);
        assertThat(stream).as(path).isNotNull();
        return stream;
    }
}
