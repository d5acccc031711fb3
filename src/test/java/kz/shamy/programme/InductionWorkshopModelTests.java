package kz.shamy.programme;

import kz.shamy.programme.internal.InductionWorkshop;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/** induction-workshop.bpmn parses, follows Shamy's process rules, and names forms and beans that exist. */
class InductionWorkshopModelTests {

    private static final String BPMN = "/processes/programme/induction-workshop.bpmn";
    private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");
    private static BpmnModelInstance model;

    @BeforeAll
    static void readModel() throws IOException {
        try (InputStream in = InductionWorkshopModelTests.class.getResourceAsStream(BPMN)) {
            assertThat(in).as(BPMN).isNotNull();
            model = Bpmn.readModelFromStream(in);
        }
        Bpmn.validateModel(model);
    }

    @Test
    void processIsExecutableWithHistoryTimeToLive() {
        Process process = model.getModelElementById(InductionWorkshop.PROCESS_KEY);
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("400");
    }

    @Test
    void everyUserTaskAndTheStartEventHaveADeployedCamundaForm() throws IOException {
        Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
        assertThat(userTasks).extracting(BaseElement::getId).containsExactlyInAnyOrder("AnswerInvitation",
                "RecordAttendanceDay1", "RecordAttendanceDay2", "GiveFeedback");
        for (UserTask task : userTasks) {
            assertThat(task.getCamundaFormRefBinding()).as(task.getId()).isEqualTo("deployment");
            assertFormExists(task.getCamundaFormRef());
        }
        StartEvent start = model.getModelElementById("Start_WorkshopPlanned");
        assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
        assertFormExists(start.getCamundaFormRef());
    }

    @Test
    void tasksAreAssignedByTheRules() {
        assertThat(this.<UserTask>element("AnswerInvitation").getCamundaAssignee()).isEqualTo("${inviteeId}");
        assertThat(this.<UserTask>element("GiveFeedback").getCamundaAssignee()).isEqualTo("${attendeeId}");
        assertThat(this.<UserTask>element("RecordAttendanceDay1").getCamundaCandidateGroups()).isEqualTo("admins");
        assertThat(this.<UserTask>element("RecordAttendanceDay2").getCamundaCandidateGroups()).isEqualTo("admins");
    }

    @Test
    void everyDelegateAndListenerIsASpringBeanOfThisFeature() {
        Set<String> referenced = new HashSet<>();
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaClass()).as(task.getId()).isNull();
            referenced.add(beanName(task.getCamundaDelegateExpression()));
        }
        model.getModelElementsByType(CamundaTaskListener.class)
                .forEach(l -> referenced.add(beanName(l.getCamundaDelegateExpression())));
        model.getModelElementsByType(CamundaExecutionListener.class)
                .forEach(l -> referenced.add(beanName(l.getCamundaDelegateExpression())));

        assertThat(componentNames()).containsAll(referenced);
        assertThat(referenced).containsExactlyInAnyOrder("checkWorkshopStart", "sendWorkshopInvitations",
                "remindWorkshopInvitees", "recordNoAnswers", "closeWorkshop", "recordInvitationAnswer",
                "recordWorkshopAttendance", "recordWorkshopFeedback");
    }

    @Test
    void everyFlowNodeAndSequenceFlowIsDrawn() {
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(shape -> shape.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(edge -> edge.getBpmnElement().getId()).collect(Collectors.toSet());
        assertThat(shapes).containsAll(model.getModelElementsByType(FlowNode.class).stream()
                .map(BaseElement::getId).toList());
        assertThat(edges).containsAll(model.getModelElementsByType(SequenceFlow.class).stream()
                .map(BaseElement::getId).toList());
    }

    private static void assertFormExists(String formId) throws IOException {
        assertThat(formId).isNotBlank();
        try (InputStream in = InductionWorkshopModelTests.class
                .getResourceAsStream("/processes/programme/forms/" + formId + ".form")) {
            assertThat(in).as("form file for " + formId).isNotNull();
            JsonNode form = new ObjectMapper().readTree(in);
            assertThat(form.path("id").asText()).isEqualTo(formId);
            assertThat(form.path("type").asText()).isEqualTo("default");
            assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
            assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
            assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
            List<String> types = List.of("text", "textfield", "textarea", "number", "select", "checkbox",
                    "datetime", "radio");
            form.path("components").forEach(c -> assertThat(types).contains(c.path("type").asText()));
        }
    }

    private static String beanName(String expression) {
        Matcher matcher = BEAN.matcher(expression == null ? "" : expression);
        assertThat(matcher.matches()).as("delegate expression " + expression).isTrue();
        return matcher.group(1);
    }

    private static Set<String> componentNames() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        Set<String> names = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("kz.shamy.programme")) {
            try {
                Component component = Class.forName(candidate.getBeanClassName()).getAnnotation(Component.class);
                if (component != null && !component.value().isEmpty()) {
                    names.add(component.value());
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private <T> T element(String id) {
        return (T) model.getModelElementById(id);
    }
}
