package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import kz.shamy.scenario.ShamyHttp;
import kz.shamy.scenario.ShamyHttp.Answer;
import kz.shamy.scenario.WebappSession;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two people (or one person in two tabs) completing the same task at the same moment: one wins, the other
 * is told the task was completed by someone else (409 problem detail), and Shamy's record of the task is
 * written once. Real HTTP, both requests released together, 50 pairs per way in.
 */
// a context of its own: it puts a demo teacher into a circle of its own and starts about a hundred development-work
// instances for them (demo circles off), which the tests sharing ShamyIntegrationTest's context would see
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:concurrent-completion;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "shamy.demo-data=true",
        "shamy.demo-circles=false",
        "shamy.demo-reports=false",
        "camunda.bpm.job-execution.enabled=false"})
class ConcurrentCompletionIntegrationTests {

    private static final int PAIRS = 50;
    private static final String TEACHER = "teacher4";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** One way of sending a completion: complete or submit-form, through the engine REST API or the webapp's. */
    private interface Completion extends Function<String, Answer> {
    }

    @Test
    void simultaneousCompletionsThroughTheEngineRestApiLetOneWinAndTellTheOtherWith409() throws Exception {
        ShamyHttp http = new ShamyHttp(port);
        Completion complete = task -> http.post(TEACHER, "/engine-rest/task/" + task + "/complete", plan(task));
        Completion submit = task -> http.post(TEACHER, "/engine-rest/task/" + task + "/submit-form", plan(task));

        raceAndCheck(List.of(new Completion[] {submit, submit}, new Completion[] {complete, complete},
                new Completion[] {complete, submit}, new Completion[] {submit, complete}));
    }

    @Test
    void simultaneousSubmissionsThroughTasklistsApiLetOneWinAndTellTheOtherWith409() throws Exception {
        WebappSession first = WebappSession.signIn(port, TEACHER, "demo");
        WebappSession second = WebappSession.signIn(port, TEACHER, "demo");
        String api = "/camunda/api/engine/engine/default/task/";
        Completion firstTab = task -> first.post(api + task + "/submit-form", plan(task));
        Completion secondTab = task -> second.post(api + task + "/submit-form", plan(task));

        raceAndCheck(List.<Completion[]>of(new Completion[] {firstTab, secondTab}));
    }

    private void raceAndCheck(List<Completion[]> ways) throws Exception {
        List<String> instances = startDraftPlans();
        List<String> report = new ArrayList<>();
        int pair = 0;
        for (String instance : instances) {
            Completion[] way = ways.get(pair++ % ways.size());
            String task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("DraftPlan")
                    .singleResult().getId();
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<Answer> a = CompletableFuture.supplyAsync(() -> await(together, way[0], task), threads);
            CompletableFuture<Answer> b = CompletableFuture.supplyAsync(() -> await(together, way[1], task), threads);
            List<Answer> answers = List.of(a.get(), b.get());
            report.add(answers.get(0).status() + "/" + answers.get(1).status());

            assertThat(answers).as("pair %d: %s", pair, answers).filteredOn(x -> x.status() / 100 == 2).hasSize(1);
            Answer loser = answers.stream().filter(x -> x.status() / 100 != 2).findFirst().orElseThrow();
            assertThat(loser.status()).as("pair %d loser: %s", pair, loser.text()).isEqualTo(409);
            assertThat(loser.body().path("status").asInt()).isEqualTo(409);
            assertThat(loser.body().path("title").asText()).isNotBlank();
            assertThat(loser.body().path("type").asText()).isEqualTo("urn:shamy:problem:changed-by-someone-else");
            assertThat(loser.text()).doesNotContain("Exception", "ENGINE-", "org.camunda");
            assertThat(plansOf(instance)).as("pair %d: the plan is recorded once", pair).isEqualTo(1);
            assertThat(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("ReviewPlan").count())
                    .as("pair %d: the process moved on once", pair).isEqualTo(1);
        }
        System.out.println("Concurrent completions, winner/loser statuses: " + report);
    }

    private static Answer await(CyclicBarrier together, Completion completion, String task) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return completion.apply(task);
    }

    /** {@value #PAIRS} development-work instances of {@value #TEACHER}, each waiting at DraftPlan. */
    private List<String> startDraftPlans() {
        // a circle of the teacher's, as a facilitator's start would have made it (the instances are bound to it)
        Long school = jdbc.queryForObject("select id from SHAMY.school order by id limit 1", Long.class);
        jdbc.update("insert into SHAMY.circle (school_id, facilitator_id, academic_year, status, started_at)"
                + " values (?, 'facilitator1', '2026-2027', 'OPEN', current_timestamp)", school);
        Long circle = jdbc.queryForObject("select max(id) from SHAMY.circle", Long.class);
        jdbc.update("insert into SHAMY.circle_membership (circle_id, teacher_id, project_completed) values (?, ?, false)",
                circle, TEACHER);
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            instances.add(runtime.createProcessInstanceByKey("development-work")
                    .setVariables(Map.of("teacherId", TEACHER, "circleId", circle))
                    .startBeforeActivity("DraftPlan").execute().getId());
        }
        Task any = tasks.createTaskQuery().processInstanceId(instances.get(0)).singleResult();
        assertThat(any.getTaskDefinitionKey()).isEqualTo("DraftPlan");
        assertThat(any.getAssignee()).isEqualTo(TEACHER);
        assertThat(plansOf(instances.get(0))).isZero();
        return instances;
    }

    private Map<String, Object> plan(String task) {
        return Map.of("variables", Map.of("planText", Map.of("value", "Plan for task " + task)));
    }

    private int plansOf(String instance) {
        Long project = (Long) runtime.getVariable(instance, "projectId");
        return jdbc.queryForObject("select count(*) from SHAMY.development_plan where project_id = ?", Integer.class,
                project);
    }
}
