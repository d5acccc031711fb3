package kz.shamy.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.scenario.ShamyHttp;
import kz.shamy.scenario.ShamyHttp.Answer;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * No Java serialization anywhere: the circle's teachers and the workshop's invitees are stored as JSON, and an
 * object variable that is Java-serialized, or JSON naming a class outside the allow-list, is refused with 400
 * however it arrives (a variable set on an instance, a process start, a task's completion), and nothing is
 * stored.
 */
@ShamyIntegrationTest
class ObjectVariablesIntegrationTests {

    static final String JSON = "application/json";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate db;
    @Autowired
    ProcessEngine engine;

    private ShamyHttp http;

    @BeforeEach
    void client() {
        http = new ShamyHttp(port);
    }

    @Test
    void theCirclesTeachersAndTheWorkshopsInviteesAreStoredAsJson() {
        List<VariableInstance> lists = runtime.createVariableInstanceQuery().variableNameIn("teacherIds", "invitees")
                .disableCustomObjectDeserialization().list();

        assertThat(lists).extracting(VariableInstance::getName).as("the demo circles and workshop")
                .containsOnly("teacherIds", "invitees").contains("teacherIds", "invitees");
        assertThat(lists).allSatisfy(list -> {
            assertThat(((ObjectValue) list.getTypedValue()).getSerializationDataFormat()).as(list.getName())
                    .isEqualTo(JSON);
            assertThat(runtime.getVariable(list.getProcessInstanceId(), list.getName())).as(list.getName())
                    .asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty().allMatch(String.class::isInstance);
        });
    }

    @Test
    void aCircleHoldingAJavaSerializedListRunsOnOnceItIsConverted() throws IOException {
        String circle = db.queryForObject("select process_instance_id from SHAMY.circle"
                + " where facilitator_id = 'facilitator2'", String.class);
        List<String> teachers = List.of("teacher5", "teacher6");
        assertThat(runtime.getVariable(circle, "teacherIds")).isEqualTo(teachers);
        // as an instance started before Java serialization was switched off holds it
        Map<String, Object> row = db.queryForMap("select ID_, BYTEARRAY_ID_ from ACT_RU_VARIABLE"
                + " where PROC_INST_ID_ = ? and NAME_ = 'teacherIds'", circle);
        db.update("update ACT_GE_BYTEARRAY set BYTES_ = ? where ID_ = ?",
                Base64.getDecoder().decode(javaSerialized(new ArrayList<>(teachers))), row.get("BYTEARRAY_ID_"));
        db.update("update ACT_RU_VARIABLE set TYPE_ = 'serializable', TEXT2_ = 'java.util.ArrayList' where ID_ = ?",
                row.get("ID_"));

        assertThat(new JavaSerializedLists(engine).convert()).isEqualTo(1);

        assertThat(db.queryForObject("select TYPE_ from ACT_RU_VARIABLE where PROC_INST_ID_ = ?"
                + " and NAME_ = 'teacherIds'", String.class, circle)).isEqualTo(CheckedJsonObjects.NAME);
        assertThat(runtime.getVariable(circle, "teacherIds")).isEqualTo(teachers);
        Answer variables = http.get("admin", "/engine-rest/process-instance/" + circle + "/variables");
        assertThat(variables.status()).as(variables.text()).isEqualTo(200);
        assertThat(variables.body().path("teacherIds").path("valueInfo").path("serializationDataFormat").asText())
                .isEqualTo(JSON);
        http.executeTimer("admin", circle, "Timer_SessionDue");
        http.completeOk("facilitator2", "RecordCircleSession", circle, Map.of("sessionDate",
                LocalDate.now().minusDays(1).toString(), "sessionAttendees", "teacher5, teacher6",
                "sessionNotes", "Evidence from lesson observations"));
        assertThat(new JavaSerializedLists(engine).convert()).as("nothing left to convert").isZero();
    }

    @Test
    void aJavaSerializedVariableIsRefusedWith400AndNothingIsStored() throws IOException {
        Map<String, Object> serialized = objectVariable(javaSerialized(new ArrayList<>(List.of("teacher1"))),
                "java.util.ArrayList", "application/x-java-serialized-object");

        assertRefusedEverywhere(serialized);
    }

    @Test
    void jsonNamingAClassOutsideTheAllowListIsRefusedWith400AndNothingIsStored() {
        assertRefusedEverywhere(objectVariable("{}", "java.lang.Runtime", JSON));
        assertRefusedEverywhere(objectVariable("{\"host\":\"example.org\"}", "java.net.URL", JSON));
        assertRefusedEverywhere(objectVariable("[\"teacher1\"]",
                "java.util.ArrayList<javax.management.MBeanServer>", JSON));
    }

    @Test
    void jsonOfAnAllowedListIsStillAccepted() {
        String circle = circleInstance();
        Answer set = http.put("admin", "/engine-rest/process-instance/" + circle + "/variables/allowedList",
                objectVariable("[\"teacher1\"]", "java.util.ArrayList<java.lang.String>", JSON));

        assertThat(set.status()).as(set.text()).isEqualTo(204);
        assertThat(runtime.getVariable(circle, "allowedList")).isEqualTo(List.of("teacher1"));
        runtime.removeVariable(circle, "allowedList");
    }

    private void assertRefusedEverywhere(Map<String, Object> variable) {
        String circle = circleInstance();
        long instances = runtime.createProcessInstanceQuery().count();

        Answer set = http.put("admin", "/engine-rest/process-instance/" + circle + "/variables/refused", variable);
        Answer started = http.post("admin", "/engine-rest/process-definition/key/induction-workshop/start",
                Map.of("variables", workshopStartForm(variable)));
        String task = http.taskOf("teacher3", "ClarifyValues", null);
        Answer completed = http.post("teacher3", "/engine-rest/task/" + task + "/complete",
                Map.of("variables", Map.of("valuesStatement", Map.of("value", "Every child", "type", "String"),
                        "refused", variable)));

        for (Answer refused : List.of(set, started, completed)) {
            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
            assertThat(refused.text()).doesNotContain("ENGINE-", "org.camunda", "Exception");
            assertThat(refused.body().path("message").asText()).contains("refused");
        }
        assertThat(runtime.createVariableInstanceQuery().variableName("refused").count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
        assertThat(http.taskOf("teacher3", "ClarifyValues", null)).as("the task stays open").isEqualTo(task);
    }

    /** A workshop-plan start form that starts a workshop, with the variable under test added. */
    private Map<String, Object> workshopStartForm(Map<String, Object> variable) {
        LocalDate day1 = LocalDate.now().plusDays(30);
        return Map.of("regionId", Map.of("value", db.queryForObject("select min(id) from SHAMY.region", Long.class),
                        "type", "Long"),
                "venue", text("Shymkent"), "day1", text(day1.toString()), "day2", text(day1.plusDays(1).toString()),
                "registrationDeadline", text(day1.minusDays(10).toString()), "inviteeUsernames", text("teacher3"),
                "refused", variable);
    }

    private static Map<String, Object> text(String value) {
        return Map.of("value", value, "type", "String");
    }

    private String circleInstance() {
        return runtime.createProcessInstanceQuery().processDefinitionKey("circle-cycle").list().get(0).getId();
    }

    static Map<String, Object> objectVariable(String value, String objectTypeName, String format) {
        return Map.of("value", value, "type", "Object",
                "valueInfo", Map.of("objectTypeName", objectTypeName, "serializationDataFormat", format));
    }

    private static String javaSerialized(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }
}
