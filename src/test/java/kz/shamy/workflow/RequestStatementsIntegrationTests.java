package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.scenario.ShamyHttp;
import kz.shamy.scenario.ShamyHttp.Answer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

/**
 * What one request to {@code /engine-rest} costs the database, counted rather than timed (issue 13): the
 * transactions (each one JDBC commit or rollback) and the SQL statements of a teacher's task list and of one
 * completion, through real HTTP with HTTP Basic as a client sends it. Printed, and held under ceilings so a change
 * that adds round trips per request shows here.
 * <p>
 * Counted without changing the shared context: transactions by a {@link TransactionExecutionListener} added to the
 * transaction managers for the measurement and removed after it; statements by H2's own statistics
 * ({@code SET QUERY_STATISTICS}, which record every query and update by its SQL text; its {@code COMMIT}s are
 * left out, the transactions count them). Both are database- and
 * application-wide, so the application's scheduler (the search outbox poll, the mail dispatch) is paused while a
 * request is measured and resumed after it; each transaction is recorded with its thread's name in the output.
 */
@ShamyIntegrationTest
class RequestStatementsIntegrationTests {

    private static final String TEACHER = "teacher4";
    private static final String PROCESS = "request-statements-probe";

    @LocalServerPort
    int port;

    @Autowired JdbcTemplate jdbc;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired List<AbstractPlatformTransactionManager> transactionManagers;
    @Autowired ThreadPoolTaskScheduler scheduler;

    /** What one measured request cost: transactions, statements, and each statement with how often it ran. */
    record Counts(int transactions, long statements, List<String> threads, Map<String, Long> bySql) {

        String describe(String what) {
            StringBuilder text = new StringBuilder(String.format("%s: %d transactions, %d statements (threads %s)%n",
                    what, transactions, statements, threads));
            bySql.forEach((sql, count) -> text.append(String.format("  %3d x %s%n", count, sql)));
            return text.toString();
        }
    }

    @BeforeEach
    void deployProbe() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(30)
                    .startEvent()
                    .userTask("First").camundaAssignee("${teacher}")
                    .userTask("Second").camundaAssignee("${teacher}")
                    .endEvent().done();
            repository.createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn", model).deploy();
        }
    }

    private ShamyHttp http() {
        return new ShamyHttp(port);
    }

    private String startForTeacher() {
        String instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("teacher", TEACHER)).getId();
        return tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    }

    @Test
    void aTeachersTaskListIsOneRequestsWorth() {
        String task = startForTeacher();
        http().get(TEACHER, "/engine-rest/task?assignee=" + TEACHER); // warm: caches, JIT, the engine's lookups

        List<Answer> answers = new ArrayList<>();
        Counts counts = measure(() -> answers.add(http().get(TEACHER, "/engine-rest/task?assignee=" + TEACHER)));
        System.out.println(counts.describe("GET /engine-rest/task?assignee=" + TEACHER));

        assertThat(answers.get(0).status()).as(answers.get(0).text()).isEqualTo(200);
        assertThat(answers.get(0).text()).contains(task);
        assertThat(counts.transactions()).as("the query's: the sign-in is remembered from the warm-up").isEqualTo(1);
        assertThat(counts.statements()).isPositive();
        assertNoRevokeCheckNorSecondLookUp(counts);
        finish(task);
    }

    @Test
    void oneCompletionIsOneRequestsWorth() {
        String task = startForTeacher();
        String instance = tasks.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        http().get(TEACHER, "/engine-rest/task?assignee=" + TEACHER); // warm

        List<Answer> answers = new ArrayList<>();
        Counts counts = measure(() -> answers.add(
                http().post(TEACHER, "/engine-rest/task/" + task + "/complete", Map.of())));
        System.out.println(counts.describe("POST /engine-rest/task/{id}/complete"));

        assertThat(answers.get(0).status()).as(answers.get(0).text()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isZero();
        assertThat(counts.transactions()).isPositive();
        assertThat(counts.statements()).isPositive();
        assertNoRevokeCheckNorSecondLookUp(counts);
        // the next task's grants are made without looking for grants on an id drawn a moment ago
        assertThat(counts.bySql()).as("grants of the next task").anySatisfy((sql, count) ->
                assertThat(sql).containsIgnoringCase("insert into ACT_RU_AUTHORIZATION"));
        assertThat(counts.bySql()).noneSatisfy((sql, count) -> assertThat(sql).containsIgnoringCase(
                "FROM ACT_RU_AUTHORIZATION WHERE TYPE_ = ? AND USER_ID_ = ? AND RESOURCE_TYPE_ = ?"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
    }

    @Test
    void anotherTeachersCompletionIsRefusedAndCounted() {
        String task = startForTeacher();
        String instance = tasks.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        http().get("teacher5", "/engine-rest/task?assignee=teacher5"); // warm

        List<Answer> answers = new ArrayList<>();
        Counts counts = measure(() -> answers.add(
                http().post("teacher5", "/engine-rest/task/" + task + "/complete", Map.of())));
        System.out.println(counts.describe("POST /engine-rest/task/{id}/complete by another teacher (refused)"));

        assertThat(answers.get(0).status()).as(answers.get(0).text()).isIn(403, 404);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
        finish(task);
    }

    /**
     * The caller's password, groups and tenants are not read again: the warm-up's sign-in is remembered
     * (identity.RecentSignIns); the engine looks for no revoke authorizations and does not read every authorization
     * row to narrow the caller's groups (workflow.engine.CallerGroupsAsGiven).
     */
    private static void assertNoRevokeCheckNorSecondLookUp(Counts counts) {
        assertThat(counts.bySql()).noneSatisfy((sql, count) -> assertThat(sql).contains("TYPE_ = 2"));
        assertThat(counts.bySql()).noneSatisfy((sql, count) -> assertThat(sql).containsIgnoringCase(
                "distinct(A.GROUP_ID_)"));
        assertThat(counts.bySql()).noneSatisfy((sql, count) -> assertThat(sql).containsPattern(
                "(?i)from ACT_ID_(USER|GROUP|TENANT)"));
    }

    /** Ends the probe's instance, so the teacher's list holds no more of it than before. */
    private void finish(String firstTask) {
        String instance = tasks.createTaskQuery().taskId(firstTask).singleResult().getProcessInstanceId();
        tasks.complete(firstTask);
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
    }

    /** Runs {@code request} with the scheduler paused, counting transactions and statements on every thread. */
    private Counts measure(Runnable request) {
        pauseScheduler();
        AtomicInteger ended = new AtomicInteger();
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        TransactionExecutionListener listener = new TransactionExecutionListener() {
            @Override
            public void afterCommit(TransactionExecution transaction, Throwable failure) {
                ended.incrementAndGet();
                threads.add(Thread.currentThread().getName());
            }

            @Override
            public void afterRollback(TransactionExecution transaction, Throwable failure) {
                ended.incrementAndGet();
                threads.add(Thread.currentThread().getName() + " (rollback)");
            }
        };
        try {
            jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
            jdbc.execute("SET QUERY_STATISTICS TRUE");
            transactionManagers.forEach(manager -> manager.getTransactionExecutionListeners().add(listener));
            try {
                request.run();
            } finally {
                transactionManagers.forEach(manager -> manager.getTransactionExecutionListeners().remove(listener));
            }
            Map<String, Long> bySql = new TreeMap<>();
            jdbc.query("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS", row -> {
                String sql = row.getString(1).replaceAll("\\s+", " ").trim();
                // H2 counts a commit (and the one setAutoCommit(true) makes) as a statement: not one the application sent
                if (!sql.contains("QUERY_STATISTICS") && !sql.equals("COMMIT") && !sql.equals("ROLLBACK")) {
                    bySql.merge(sql, row.getLong(2), Long::sum);
                }
            });
            long statements = bySql.values().stream().mapToLong(Long::longValue).sum();
            return new Counts(ended.get(), statements, List.copyOf(threads), bySql);
        } finally {
            jdbc.execute("SET QUERY_STATISTICS FALSE");
            scheduler.start();
        }
    }

    /** Stops the scheduler from starting tasks and waits for a running one to end. */
    private void pauseScheduler() {
        CountDownLatch idle = new CountDownLatch(1);
        scheduler.stop(idle::countDown);
        try {
            assertThat(idle.await(30, TimeUnit.SECONDS)).as("the scheduler's running task ended").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
