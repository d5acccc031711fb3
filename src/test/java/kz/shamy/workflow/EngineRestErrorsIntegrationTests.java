package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.shamy.programme.Region;
import kz.shamy.programme.Schools;
import kz.shamy.scenario.ShamyHttp;
import kz.shamy.scenario.ShamyHttp.Answer;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad input through the engine REST API gets a clear 400 and loses nothing: invalid form data leaves the
 * task open, a start naming an unknown record starts nothing, invalid BPMN is not deployed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:rest-errors;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=true",
        "camunda.bpm.job-execution.enabled=false"})
class EngineRestErrorsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Schools schools;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Test
    void invalidFormDataIsRefusedWith400AndTheTaskStaysOpen() {
        ShamyHttp http = new ShamyHttp(port);
        Region region = schools.regions().get(0);
        LocalDate day1 = LocalDate.now().plusDays(30);
        Answer planned = http.post("admin", "/api/workshops", Map.of("regionId", region.getId(), "venue", "Shymkent",
                "day1", day1.toString(), "day2", day1.plusDays(1).toString(),
                "registrationDeadline", day1.minusDays(10).toString(), "invitees", List.of("teacher3")));
        assertThat(planned.status()).as(planned.text()).isEqualTo(201);
        String instance = planned.body().path("processInstanceId").asText();
        String task = http.taskOf("teacher3", "AnswerInvitation", instance);

        Answer refused = http.complete("teacher3", task, Map.of("answer", "MAYBE"));

        // refused by the form's own options (workflow.EngineApiGuard) before the engine or a listener sees it
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body().path("field").asText()).isEqualTo("answer");
        assertThat(refused.body().path("detail").asText()).contains("CONFIRMED", "DECLINED").doesNotContain("ENGINE-");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        assertThat(http.complete("teacher3", task, Map.of("answer", "CONFIRMED")).status()).isEqualTo(204);
    }

    @Test
    void startNamingAnUnknownRecordIsRefusedWith400AndStartsNothing() {
        ShamyHttp http = new ShamyHttp(port);
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("induction-workshop").count();

        Answer refused = http.post("admin", "/engine-rest/process-definition/key/induction-workshop/start",
                Map.of("variables", Map.of("workshopId", Map.of("value", 987654, "type", "Long"))));

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body().path("type").asText()).isEqualTo("ProcessStartRejected");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("induction-workshop").count())
                .isEqualTo(before);
    }

    @Test
    void invalidBpmnIsRefusedWith400NamingTheError() {
        ShamyHttp http = new ShamyHttp(port);
        String bpmn = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"x\">"
                + "<process id=\"broken\" isExecutable=\"true\"><startEvent id=\"s\"/>"
                + "<sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"nowhere\"/></process></definitions>";

        Answer refused = http.deploy("admin", "broken.bpmn", bpmn);

        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.body().path("message").asText()).contains("nowhere");
        assertThat(http.get("admin", "/engine-rest/process-definition/count?key=broken").body().path("count").asInt())
                .isZero();
    }
}
