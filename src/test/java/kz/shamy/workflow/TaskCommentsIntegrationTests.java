package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.scenario.ShamyHttp;
import kz.shamy.scenario.ShamyHttp.Answer;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's "Add Comment" and the History tab ask the engine for the task's history, which the engine shows only to
 * who may read it: a task's holder reads their own task's history (the engine's historic instance permissions), so
 * they can comment on it and see it, and nobody else reads or comments on it.
 */
@ShamyIntegrationTest
class TaskCommentsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired TaskService tasks;

    @Test
    void theTaskHolderCommentsOnTheirTaskAndReadsItsHistoryAndNobodyElseDoes() {
        ShamyHttp http = new ShamyHttp(port);
        Task clarify = tasks.createTaskQuery().taskAssignee("teacher3").taskDefinitionKey("ClarifyValues")
                .singleResult();
        String task = "/engine-rest/task/" + clarify.getId();

        Answer comment = http.call("POST", "teacher3", task + "/comment/create",
                Map.of("message", "Мен бұл тапсырманы ертең аяқтаймын."));
        Answer comments = http.call("GET", "teacher3", task + "/comment", null);
        Answer history = http.call("GET", "teacher3", "/engine-rest/history/task?taskId=" + clarify.getId(), null);

        assertThat(comment.status()).as(comment.text()).isEqualTo(200);
        assertThat(comments.text()).contains("Мен бұл тапсырманы ертең аяқтаймын.");
        assertThat(history.body()).hasSize(1);

        Answer stranger = http.call("POST", "teacher1", task + "/comment/create", Map.of("message", "not mine"));
        Answer strangersHistory = http.call("GET", "teacher1", "/engine-rest/history/task?taskId=" + clarify.getId(),
                null);
        assertThat(stranger.status()).as(stranger.text()).isIn(400, 403, 404);
        assertThat(strangersHistory.body()).isEmpty();
        assertThat(tasks.getTaskComments(clarify.getId())).extracting(c -> c.getFullMessage())
                .containsExactly("Мен бұл тапсырманы ертең аяқтаймын.");
    }
}
