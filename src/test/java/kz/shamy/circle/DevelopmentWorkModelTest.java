package kz.shamy.circle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** development-work.bpmn as a model: it parses, and the rules for Shamy's processes hold. */
class DevelopmentWorkModelTest {

    static final String BPMN = "processes/circle/development-work.bpmn";
    static final Set<String> REVIEWS = Set.of("ReviewPlan", "SignOffReport");

    BpmnModelInstance model;

    @BeforeEach
    void read() throws Exception {
        try (InputStream in = resource(BPMN)) {
            model = Bpmn.readModelFromStream(in);
        }
        Bpmn.validateModel(model);
    }

    @Test
    void processIsExecutableWithHistoryTimeToLive() {
        Process process = model.getModelElementById("development-work");
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("400");
    }

    @Test
    void everyUserTaskHasAFormThatExistsWithThatId() throws Exception {
        Collection<UserTask> tasks = model.getModelElementsByType(UserTask.class);
        assertThat(tasks).hasSize(10);
        ObjectMapper json = new ObjectMapper();
        for (UserTask task : tasks) {
            String formRef = task.getCamundaFormRef();
            assertThat(formRef).as(task.getId()).startsWith("devwork-");
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            try (InputStream in = resource("processes/circle/forms/" + formRef + ".form")) {
                assertThat(in).as("form file of " + task.getId()).isNotNull();
                JsonNode form = json.readTree(in);
                assertThat(form.path("id").asText()).isEqualTo(formRef);
                assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
                assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
            }
        }
    }

    @Test
    void teachersDoTheirStepsAndOnlyTheFacilitatorReviews() {
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            String expected = REVIEWS.contains(task.getId()) ? "${instancePeople.facilitator(execution)}"
                    : "${instancePeople.teacher(execution)}";
            assertThat(task.getCamundaAssignee()).as(task.getId()).isEqualTo(expected);
            assertThat(listeners(task, "create")).as(task.getId()).contains("${projectStage}");
            assertThat(ProjectStage.ofTask(task.getId())).as(task.getId()).isPresent();
        }
        for (String review : REVIEWS) {
            UserTask task = model.getModelElementById(review);
            assertThat(listeners(task, "assignment")).contains("${projectReviewerIsNotTeacher}");
            assertThat(listeners(task, "complete").get(0)).isEqualTo("${projectReviewerIsNotTeacher}");
        }
    }

    @Test
    void timersDoNotInterruptTheirTasks() {
        BoundaryEvent overdue = model.getModelElementById("Timer_PlanReviewOverdue");
        BoundaryEvent reminder = model.getModelElementById("Timer_EvidenceReminder");
        assertThat(overdue.cancelActivity()).isFalse();
        assertThat(overdue.getAttachedTo().getId()).isEqualTo("ReviewPlan");
        assertThat(reminder.cancelActivity()).isFalse();
        assertThat(reminder.getAttachedTo().getId()).isEqualTo("LeadDevelopmentWork");
    }

    @Test
    void publishingIsAsynchronousAndEveryServiceTaskIsABean() {
        ServiceTask publish = model.getModelElementById("PublishReport");
        assertThat(publish.isCamundaAsyncBefore()).isTrue();
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-zA-Z]+}");
            assertThat(task.getCamundaClass()).as(task.getId()).isNull();
        }
    }

    @Test
    void everyElementIsDrawn() {
        Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
        drawn.addAll(model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement().getId()).toList());
        List<String> elements = model.getModelElementsByType(FlowNode.class).stream().map(BaseElement::getId)
                .collect(Collectors.toList());
        elements.addAll(model.getModelElementsByType(SequenceFlow.class).stream().map(BaseElement::getId).toList());
        assertThat(drawn).containsAll(elements);
    }

    private static List<String> listeners(UserTask task, String event) {
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
                .filter(l -> event.equals(l.getCamundaEvent())).map(CamundaTaskListener::getCamundaDelegateExpression)
                .toList();
    }

    private static InputStream resource(String path) {
        return DevelopmentWorkModelTest.class.getClassLoader().getResourceAsStream(path);
    }
}
