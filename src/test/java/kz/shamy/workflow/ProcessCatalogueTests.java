package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.shamy.certification.internal.CertificationVariables;
import kz.shamy.circle.internal.CircleCycleVariables;
import kz.shamy.circle.ProjectStage;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The rules every file under processes/ keeps, whoever edits it in the modeler, read as Camunda Modeler and the
 * engine read them: processes execute and keep history for 400 days, every user task has a Camunda Form of its
 * feature that exists, code is referenced as Spring beans that exist, every element is drawn and no shapes overlap,
 * decisions keep history for 400 days. Then, per process, the choices its tests and listeners rely on: who does
 * which task, which variables pass, which timers leave their task open.
 */
class ProcessCatalogueTests {

    private static final Path PROCESSES = Path.of("processes");
    private static final String HISTORY_DAYS = "400";
    private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");
    private static final List<String> FORM_FIELD_TYPES = List.of("text", "textfield", "textarea", "number", "select",
            "checkbox", "datetime", "radio");

    @Test
    void everyProcessIsExecutableAndKeepsHistoryFor400Days() throws IOException {
        List<Path> bpmn = files(".bpmn");
        assertThat(bpmn).as("BPMN files under processes/").isNotEmpty();
        for (Path file : bpmn) {
            for (Process process : bpmn(file).getModelElementsByType(Process.class)) {
                assertThat(process.isExecutable()).as(file + " " + process.getId() + " executable").isTrue();
                assertThat(process.getCamundaHistoryTimeToLiveString())
                        .as(file + " " + process.getId() + " historyTimeToLive").isEqualTo(HISTORY_DAYS);
            }
        }
    }

    @Test
    void everyUserTaskAndStartFormHasADeployedCamundaFormOfItsFeature() throws IOException {
        Map<String, Path> forms = formIds();
        for (Path file : files(".bpmn")) {
            BpmnModelInstance model = bpmn(file);
            Path featureForms = file.getParent().resolve("forms");
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as(file + " " + task.getId() + " formRef").isNotBlank();
                assertThat(task.getCamundaFormRefBinding()).as(file + " " + task.getId()).isEqualTo("deployment");
                assertThat(forms).as(file + " " + task.getId() + " form file").containsKey(task.getCamundaFormRef());
                assertThat(forms.get(task.getCamundaFormRef())).as(file + " " + task.getId() + " form's folder")
                        .isEqualTo(featureForms.resolve(task.getCamundaFormRef() + ".form"));
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(start.getCamundaFormRefBinding()).as(file + " " + start.getId()).isEqualTo("deployment");
                    assertThat(forms).as(file + " " + start.getId() + " start form").containsKey(start.getCamundaFormRef());
                }
            }
        }
    }

    @Test
    void everyFormIsACamunda724FormOfFieldsTheTaskPagesKnow() throws IOException {
        for (Path file : files(".form")) {
            JsonNode form = json(file);
            assertThat(form.path("type").asText()).as(file + " type").isEqualTo("default");
            assertThat(form.path("schemaVersion").asInt()).as(file + " schemaVersion").isEqualTo(16);
            assertThat(form.path("executionPlatform").asText()).as(file.toString()).isEqualTo("Camunda Platform");
            assertThat(form.path("executionPlatformVersion").asText()).as(file.toString()).isEqualTo("7.24.0");
            assertThat(form.path("components").size()).as(file + " components").isPositive();
            form.path("components").forEach(c -> assertThat(FORM_FIELD_TYPES).as(file + " " + c.path("key"))
                    .contains(c.path("type").asText()));
        }
    }

    @Test
    void codeIsReferencedAsSpringBeansThatExistNeverAsClasses() throws IOException {
        Set<String> components = componentNames("kz.shamy");
        for (Path file : files(".bpmn")) {
            BpmnModelInstance model = bpmn(file);
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                assertThat(task.getCamundaClass()).as(file + " " + task.getId() + " camunda:class").isNull();
                assertThat(components).as(file + " " + task.getId())
                        .contains(beanName(task.getCamundaDelegateExpression()));
            }
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                assertThat(task.getCamundaClass()).as(file + " " + task.getId() + " camunda:class").isNull();
            }
            for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
                assertThat(listener.getCamundaClass()).as(file + " task listener camunda:class").isNull();
                assertThat(components).as(file + " task listener")
                        .contains(beanName(listener.getCamundaDelegateExpression()));
            }
            for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
                assertThat(listener.getCamundaClass()).as(file + " execution listener camunda:class").isNull();
                assertThat(components).as(file + " execution listener")
                        .contains(beanName(listener.getCamundaDelegateExpression()));
            }
        }
    }

    @Test
    void everyElementIsDrawnAndNoShapesOverlap() throws IOException {
        for (Path file : files(".bpmn")) {
            BpmnModelInstance model = bpmn(file);
            List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
            List<String> drawn = shapes.stream().map(shape -> shape.getBpmnElement().getId()).toList();
            List<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                    .map(edge -> edge.getBpmnElement().getId()).toList();
            assertThat(drawn).as(file + " shapes").containsAll(model.getModelElementsByType(FlowNode.class).stream()
                    .map(FlowNode::getId).toList());
            assertThat(edges).as(file + " edges").containsAll(model.getModelElementsByType(SequenceFlow.class)
                    .stream().map(SequenceFlow::getId).toList());
            if (file.endsWith("certification-approval.bpmn")) {
                for (int i = 0; i < shapes.size(); i++) {
                    for (int j = i + 1; j < shapes.size(); j++) {
                        assertThat(overlap(shapes.get(i).getBounds(), shapes.get(j).getBounds()))
                                .as(file + " " + drawn.get(i) + " and " + drawn.get(j)).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void everyDecisionParsesIsNamedAndKeepsHistoryFor400Days() throws IOException {
        List<Path> dmn = files(".dmn");
        assertThat(dmn).extracting(file -> file.getFileName().toString())
                .contains("certification-eligibility.dmn", "certification-outcome.dmn");
        for (Path file : dmn) {
            DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
            Dmn.validateModel(model);
            for (Decision decision : model.getModelElementsByType(Decision.class)) {
                assertThat(decision.getCamundaHistoryTimeToLiveString())
                        .as(file + " " + decision.getId() + " historyTimeToLive").isEqualTo(HISTORY_DAYS);
                assertThat(decision.getName()).as(file + " " + decision.getId() + " name").isNotBlank();
            }
        }
    }

    /** processes/certification/certification-approval.bpmn */
    @Nested
    class CertificationApproval {

        private final BpmnModelInstance model = bpmn(PROCESSES.resolve("certification/certification-approval.bpmn"));

        @Test
        void isTheCertificationApprovalProcessWithFiveFormTasks() {
            assertThat(model.<Process>getModelElementById("certification-approval")).isNotNull();
            assertThat(model.getModelElementsByType(UserTask.class)).extracting(BaseElement::getId)
                    .containsExactlyInAnyOrder("EndorsePortfolio", "ReviewMissingItems", "RevisePortfolio",
                            "ScorePortfolio", "ModeratePortfolio");
        }

        @Test
        void tasksGoToTheRightPeople() {
            assertThat(assignee(model, "EndorsePortfolio")).isEqualTo("${casePeople.facilitator(execution)}");
            assertThat(assignee(model, "ReviewMissingItems")).isEqualTo("${casePeople.teacher(execution)}");
            assertThat(assignee(model, "RevisePortfolio")).isEqualTo("${casePeople.teacher(execution)}");
            assertThat(model.<UserTask>getModelElementById("ScorePortfolio").getCamundaCandidateGroups())
                    .isEqualTo("assessors");
            assertThat(model.<UserTask>getModelElementById("ModeratePortfolio").getCamundaCandidateGroups())
                    .isEqualTo("assessors");
        }

        @Test
        void decisionsAreTheEligibilityAndOutcomeTables() {
            for (String key : List.of("certification-eligibility", "certification-outcome")) {
                DmnModelInstance decisions = Dmn.readModelFromFile(
                        PROCESSES.resolve("certification/" + key + ".dmn").toFile());
                assertThat(decisions.<Decision>getModelElementById(key)).as(key).isNotNull();
            }
        }

        @Test
        void theOnlyCallerStartsItWithExactlyTheVariablesItsStartListenerReads() {
            // circle-cycle is a process file, not code certification depends on: the one place that names this process
            CallActivity call = bpmn(PROCESSES.resolve("circle/circle-cycle.bpmn")).getModelElementById("Certification");
            assertThat(call.getCalledElement()).isEqualTo(CertificationVariables.PROCESS_KEY);
            assertThat((Object) model.getModelElementById(CertificationVariables.PROCESS_KEY)).isInstanceOf(Process.class);
            assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list())
                    .filteredOn(in -> in.getCamundaTarget() != null).extracting(CamundaIn::getCamundaTarget)
                    .containsExactlyInAnyOrder(CertificationVariables.TEACHER_ID, CertificationVariables.FACILITATOR_ID,
                            CertificationVariables.CIRCLE_ID, CertificationVariables.PROJECT_ID);
        }
    }

    /** processes/programme/induction-workshop.bpmn */
    @Nested
    class InductionWorkshop {

        private final BpmnModelInstance model = bpmn(PROCESSES.resolve("programme/induction-workshop.bpmn"));

        @Test
        void isTheWorkshopProcessWithItsFourTasksAndAPlanningStartForm() {
            assertThat(model.<Process>getModelElementById("induction-workshop")).isNotNull();
            assertThat(model.getModelElementsByType(UserTask.class)).extracting(BaseElement::getId)
                    .containsExactlyInAnyOrder("AnswerInvitation", "RecordAttendanceDay1", "RecordAttendanceDay2",
                            "GiveFeedback");
            StartEvent start = model.getModelElementById("Start_WorkshopPlanned");
            assertThat(start.getCamundaFormRef()).isNotBlank();
            assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
        }

        @Test
        void tasksAreAssignedByTheRules() {
            assertThat(assignee(model, "AnswerInvitation")).isEqualTo("${inviteeId}");
            assertThat(assignee(model, "GiveFeedback")).isEqualTo("${attendeeId}");
            assertThat(model.<UserTask>getModelElementById("RecordAttendanceDay1").getCamundaCandidateGroups())
                    .isEqualTo("admins");
            assertThat(model.<UserTask>getModelElementById("RecordAttendanceDay2").getCamundaCandidateGroups())
                    .isEqualTo("admins");
        }

        @Test
        void everyDelegateAndListenerIsASpringBeanOfTheProgrammeFeature() {
            Set<String> referenced = new HashSet<>();
            model.getModelElementsByType(ServiceTask.class)
                    .forEach(task -> referenced.add(beanName(task.getCamundaDelegateExpression())));
            model.getModelElementsByType(CamundaTaskListener.class)
                    .forEach(l -> referenced.add(beanName(l.getCamundaDelegateExpression())));
            model.getModelElementsByType(CamundaExecutionListener.class)
                    .forEach(l -> referenced.add(beanName(l.getCamundaDelegateExpression())));

            assertThat(componentNames("kz.shamy.programme")).containsAll(referenced);
            assertThat(referenced).containsExactlyInAnyOrder("checkWorkshopStart", "sendWorkshopInvitations",
                    "remindWorkshopInvitees", "recordNoAnswers", "closeWorkshop", "recordInvitationAnswer",
                    "recordWorkshopAttendance", "recordWorkshopFeedback");
        }
    }

    /** processes/circle/circle-cycle.bpmn */
    @Nested
    class CircleCycle {

        private final BpmnModelInstance model = bpmn(PROCESSES.resolve("circle/circle-cycle.bpmn"));

        @Test
        void everyUserTaskIsTheFacilitatorsWithACircleForm() {
            assertThat(model.<Process>getModelElementById("circle-cycle")).isNotNull();
            List<UserTask> tasks = List.copyOf(model.getModelElementsByType(UserTask.class));
            assertThat(tasks).extracting(UserTask::getId).containsExactlyInAnyOrder("RecordCircleSession",
                    "RecordNetworkEvent");
            for (UserTask task : tasks) {
                assertThat(task.getCamundaAssignee()).isEqualTo("${instancePeople.circleFacilitator(execution)}");
                assertThat(task.getCamundaFormRef()).startsWith("circle-");
            }
        }

        @Test
        void formFieldsAreTheVariablesTheListenersRead() {
            assertThat(formKeys("circle/forms/circle-record-session.form")).containsExactly(
                    CircleCycleVariables.SESSION_DATE, CircleCycleVariables.SESSION_ATTENDEES,
                    CircleCycleVariables.SESSION_NOTES);
            assertThat(formKeys("circle/forms/circle-record-network-event.form")).containsExactly(
                    CircleCycleVariables.EVENT_DATE, CircleCycleVariables.EVENT_PLACE, CircleCycleVariables.PRESENTERS);
        }

        @Test
        void certificationIsCalledPerCompletedTeacherWithExactlyTheIdsFromShamysTables() {
            CallActivity call = model.getModelElementById("Certification");
            assertThat(call.getCalledElement()).isEqualTo("certification-approval");
            assertThat(call.getLoopCharacteristics()).isInstanceOfSatisfying(MultiInstanceLoopCharacteristics.class,
                    loop -> {
                        assertThat(loop.getCamundaCollection())
                                .isEqualTo("${certificationCandidates.teachers(execution)}");
                        assertThat(loop.getCamundaElementVariable()).isEqualTo("teacherId");
                    });
            List<CamundaIn> ins = call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list();
            assertThat(ins).as("no variables=\"all\": only what certification-approval's start listener reads")
                    .noneMatch(in -> "all".equals(in.getCamundaVariables()));
            assertThat(ins).filteredOn(in -> in.getCamundaBusinessKey() != null)
                    .extracting(CamundaIn::getCamundaBusinessKey)
                    .containsExactly("${certificationCandidates.businessKey(execution, teacherId)}");
            assertThat(ins).filteredOn(in -> in.getCamundaTarget() != null)
                    .extracting(CamundaIn::getCamundaTarget, in -> in.getCamundaSource() != null
                            ? in.getCamundaSource() : in.getCamundaSourceExpression())
                    .containsExactly(tuple("teacherId", "teacherId"),
                            tuple("facilitatorId", "${instancePeople.circleFacilitator(execution)}"),
                            tuple("circleId", "${certificationCandidates.circleOf(execution)}"),
                            tuple("projectId", "${certificationCandidates.projectOf(execution, teacherId)}"));
            assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaOut.class).list()).isEmpty();
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
    }

    /** processes/circle/development-work.bpmn */
    @Nested
    class DevelopmentWork {

        private static final Set<String> REVIEWS = Set.of("ReviewPlan", "SignOffReport");

        private final BpmnModelInstance model = bpmn(PROCESSES.resolve("circle/development-work.bpmn"));

        @Test
        void hasTenStepsEachWithADevworkForm() {
            assertThat(model.<Process>getModelElementById("development-work")).isNotNull();
            assertThat(model.getModelElementsByType(UserTask.class)).hasSize(10)
                    .allSatisfy(task -> assertThat(task.getCamundaFormRef()).as(task.getId()).startsWith("devwork-"));
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
        void publishingTheReportIsAsynchronous() {
            assertThat(model.<ServiceTask>getModelElementById("PublishReport").isCamundaAsyncBefore()).isTrue();
        }

        private static List<String> listeners(UserTask task, String event) {
            return task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()
                    .stream().filter(l -> event.equals(l.getCamundaEvent()))
                    .map(CamundaTaskListener::getCamundaDelegateExpression).toList();
        }
    }

    private static BpmnModelInstance bpmn(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);
        return model;
    }

    private static String assignee(BpmnModelInstance model, String taskId) {
        return model.<UserTask>getModelElementById(taskId).getCamundaAssignee();
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static String beanName(String expression) {
        Matcher matcher = BEAN.matcher(expression == null ? "" : expression);
        assertThat(matcher.matches()).as("delegate expression " + expression).isTrue();
        return matcher.group(1);
    }

    private static Set<String> componentNames(String basePackage) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        Set<String> names = new HashSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
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

    private static List<String> formKeys(String form) {
        List<String> keys = new ArrayList<>();
        json(PROCESSES.resolve(form)).path("components").forEach(c -> {
            if (c.has("key")) {
                keys.add(c.path("key").asText());
            }
        });
        return keys;
    }

    private static Map<String, Path> formIds() throws IOException {
        Map<String, Path> ids = new HashMap<>();
        for (Path file : files(".form")) {
            JsonNode form = json(file);
            assertThat(form.path("id").asText()).as(file + " id").isNotBlank();
            assertThat(form.path("components").isArray()).as(file + " components").isTrue();
            assertThat(file.getFileName().toString()).as(file + " named by its id")
                    .isEqualTo(form.path("id").asText() + ".form");
            ids.put(form.path("id").asText(), file);
        }
        return ids;
    }

    private static JsonNode json(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(PROCESSES)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
