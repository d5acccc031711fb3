package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/**
 * The rules every file under processes/ keeps, whoever edits it in the modeler: processes execute and
 * expire from history, every user task has a Camunda Form that exists, code is referenced as Spring
 * beans, decisions expire from history.
 */
class ProcessCatalogueTests {

    private static final Path PROCESSES = Path.of("processes");

    @Test
    void everyProcessIsExecutableAndExpiresFromHistory() throws IOException {
        List<Path> bpmn = files(".bpmn");
        assertThat(bpmn).as("BPMN files under processes/").isNotEmpty();
        for (Path file : bpmn) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Bpmn.validateModel(model);
            for (Process process : model.getModelElementsByType(Process.class)) {
                assertThat(process.isExecutable()).as(file + " " + process.getId() + " executable").isTrue();
                assertThat(process.getCamundaHistoryTimeToLiveString())
                        .as(file + " " + process.getId() + " historyTimeToLive").isNotBlank();
            }
        }
    }

    @Test
    void everyUserTaskAndStartFormHasACamundaFormThatExists() throws IOException {
        Map<String, Path> forms = formIds();
        for (Path file : files(".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as(file + " " + task.getId() + " formRef").isNotBlank();
                assertThat(forms).as(file + " " + task.getId() + " form file").containsKey(task.getCamundaFormRef());
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(forms).as(file + " " + start.getId() + " start form").containsKey(start.getCamundaFormRef());
                }
            }
        }
    }

    @Test
    void codeIsReferencedAsSpringBeansNeverAsClasses() throws IOException {
        for (Path file : files(".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                assertThat(task.getCamundaClass()).as(file + " " + task.getId() + " camunda:class").isNull();
            }
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                assertThat(task.getCamundaClass()).as(file + " " + task.getId() + " camunda:class").isNull();
            }
            for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
                assertThat(listener.getCamundaClass()).as(file + " task listener camunda:class").isNull();
            }
            for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
                assertThat(listener.getCamundaClass()).as(file + " execution listener camunda:class").isNull();
            }
        }
    }

    @Test
    void everyDecisionExpiresFromHistory() throws IOException {
        for (Path file : files(".dmn")) {
            DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
            for (Decision decision : model.getModelElementsByType(Decision.class)) {
                assertThat(decision.getCamundaHistoryTimeToLiveString())
                        .as(file + " " + decision.getId() + " historyTimeToLive").isNotBlank();
            }
        }
    }

    private static Map<String, Path> formIds() throws IOException {
        Map<String, Path> ids = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (Path file : files(".form")) {
            JsonNode form = json.readTree(file.toFile());
            assertThat(form.path("id").asText()).as(file + " id").isNotBlank();
            assertThat(form.path("components").isArray()).as(file + " components").isTrue();
            ids.put(form.path("id").asText(), file);
        }
        return ids;
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(PROCESSES)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
