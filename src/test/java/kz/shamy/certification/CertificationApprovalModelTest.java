package kz.shamy.certification;

import kz.shamy.certification.internal.CertificationVariables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The process and decision files as Camunda Modeler and the engine read them, checked against Shamy's rules. */
class CertificationApprovalModelTest {

    private static final String BPMN = "processes/certification/certification-approval.bpmn";

    private static InputStream resource(String path) {
        InputStream stream = CertificationApprovalModelTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(stream).as(path).isNotNull();
        return stream;
    }

    private static BpmnModelInstance model() {
        BpmnModelInstance model = Bpmn.readModelFromStream(resource(BPMN));
        Bpmn.validateModel(model);
        return model;
    }

    @Test
    void theOnlyCallerStartsItWithExactlyTheVariablesItsStartListenerReads() {
        // circle-cycle is a process file, not code certification depends on: the one place that names this process
        CallActivity call = Bpmn.readModelFromStream(resource("processes/circle/circle-cycle.bpmn"))
                .getModelElementById("Certification");
        assertThat(call.getCalledElement()).isEqualTo(CertificationVariables.PROCESS_KEY);
        assertThat((Object) model().getModelElementById(CertificationVariables.PROCESS_KEY)).isInstanceOf(Process.class);
        assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list())
                .filteredOn(in -> in.getCamundaTarget() != null).extracting(CamundaIn::getCamundaTarget)
                .containsExactlyInAnyOrder(CertificationVariables.TEACHER_ID, CertificationVariables.FACILITATOR_ID,
                        CertificationVariables.CIRCLE_ID, CertificationVariables.PROJECT_ID);
    }

    @Test
    void processIsExecutableAndKeepsHistoryFor400Days() {
        Process process = model().getModelElementById(CertificationVariables.PROCESS_KEY);

        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("400");
    }

    @Test
    void everyUserTaskHasADeployedCamundaFormWithItsId() throws IOException {
        List<String> formRefs = new ArrayList<>();
        for (UserTask task : model().getModelElementsByType(UserTask.class)) {
            String formRef = task.getCamundaFormRef();
            assertThat(formRef).as(task.getId()).isNotBlank();
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            JsonNode form = new ObjectMapper().readTree(resource("processes/certification/forms/" + formRef + ".form"));
            assertThat(form.path("id").asText()).isEqualTo(formRef);
            assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
            formRefs.add(formRef);
        }
        assertThat(formRefs).hasSize(5);
    }

    @Test
    void tasksGoToTheRightPeople() {
        BpmnModelInstance model = model();

        assertThat(((UserTask) model.getModelElementById("EndorsePortfolio")).getCamundaAssignee())
                .isEqualTo("${casePeople.facilitator(execution)}");
        assertThat(((UserTask) model.getModelElementById("ReviewMissingItems")).getCamundaAssignee())
                .isEqualTo("${casePeople.teacher(execution)}");
        assertThat(((UserTask) model.getModelElementById("RevisePortfolio")).getCamundaAssignee())
                .isEqualTo("${casePeople.teacher(execution)}");
        assertThat(((UserTask) model.getModelElementById("ScorePortfolio")).getCamundaCandidateGroups())
                .isEqualTo("assessors");
        assertThat(((UserTask) model.getModelElementById("ModeratePortfolio")).getCamundaCandidateGroups())
                .isEqualTo("assessors");
    }

    @Test
    void serviceTasksCallNamedBeans() {
        for (ServiceTask task : model().getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaClass()).as(task.getId()).isNull();
            assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z][A-Za-z]+}");
        }
    }

    @Test
    void everyElementIsDrawnAndNoShapesOverlap() {
        BpmnModelInstance model = model();
        List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
        List<String> drawn = shapes.stream().map(shape -> shape.getBpmnElement().getId()).toList();
        List<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement().getId()).toList();

        assertThat(drawn).containsAll(model.getModelElementsByType(FlowNode.class).stream()
                .map(FlowNode::getId).toList());
        assertThat(edges).containsAll(model.getModelElementsByType(SequenceFlow.class).stream()
                .map(SequenceFlow::getId).toList());
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                assertThat(overlap(shapes.get(i).getBounds(), shapes.get(j).getBounds()))
                        .as(drawn.get(i) + " and " + drawn.get(j)).isFalse();
            }
        }
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    @ParameterizedTest
    @ValueSource(strings = {"certification-eligibility", "certification-outcome"})
    void decisionsParseAndKeepHistoryFor400Days(String key) {
        DmnModelInstance model = Dmn.readModelFromStream(resource("processes/certification/" + key + ".dmn"));
        Dmn.validateModel(model);

        Decision decision = model.getModelElementById(key);
        assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("400");
        assertThat(decision.getName()).isNotBlank();
    }
}
