package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import kz.shamy.circle.DevelopmentProjectVariables;
import kz.shamy.BenchmarkMachine;
import kz.shamy.identity.LocalAccounts;
import kz.shamy.identity.People;
import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import kz.shamy.programme.Region;
import kz.shamy.programme.School;
import kz.shamy.programme.Schools;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Shamy's workflow step beside the engine it embeds, on one PostgreSQL (zonky's embedded one, as the tests use it,
 * with {@code pg_stat_statements} loaded), in one run:
 * <ul>
 * <li><b>raw</b>: a plain Camunda {@link ProcessEngine} (standalone configuration, history FULL, no authorization, no
 * Shamy plugin) in its own database {@code rawengine} of the same server; a step is "query my next task
 * ({@code taskAssignee(me).listPage(0, 1)}), complete it";</li>
 * <li><b>shamy</b>: Shamy on the {@code postgres} profile (database {@code postgres}; the engine's tables in the role's search path), the same
 * step over HTTP as a teacher with HTTP Basic: {@code GET /engine-rest/task?assignee=me&maxResults=1}, then
 * {@code POST /engine-rest/task/{id}/complete}. The teachers are local accounts in the teacher group only; their task
 * rights are the grants the engine gives an assignee ({@code AssigneeAuthorizations}), authorization on;</li>
 * <li><b>pgbench</b>: TPC-B, scale 10, in its own database {@code pgbench} of the same server, when a
 * {@code pgbench} binary is on the path.</li>
 * </ul>
 * The process is the same on both engines: ten user tasks in a row, each assigned to {@code ${assignee}}, started
 * (not timed) for each client's own teacher before each round. Rounds alternate raw, shamy, pgbench at 1 and at 8
 * clients, after a warm-up round; in each, beside them, Shamy's real steps over HTTP (below). Then, on one client, the statements ({@code pg_stat_statements}, transaction
 * control left out) and transactions ({@code pg_stat_database} commits and rollbacks) per step of each engine, each
 * in its own database. Last, a teacher's task list ({@code GET /engine-rest/task?assignee=me}) with her 10 tasks, and
 * again with 100,000 open tasks over 10,000 people, inserted by SQL beside their assignees' grants (copied from the
 * grants the engine gave on a real task).
 *
 * <p><b>Shamy's real steps</b>, in the same rounds after the REST step, each a GET of the next task of its kind and
 * {@code POST /engine-rest/task/{id}/submit-form} with the form's fields, as Tasklist sends it: a teacher's first
 * step of {@code development-work} (ClarifyValues, {@code valuesStatement}), and her facilitator's approval of the
 * plan (ReviewPlan, {@code planApproved}). Each client is one teacher and her facilitator, in a circle of their own;
 * the instances are started for them before the round (as an administrator's start with {@code circleId}), taken to
 * ReviewPlan by the engine's API between the two, and deleted after them: none of that is timed.
 *
 * <p>With the 100,000 open tasks in place, the <b>query plans</b> of a teacher's task list and of a completion, as
 * {@code auto_explain} logged them (see {@link WorkflowBenchmarkDatabase#plans}). Last, with the open tasks removed,
 * the <b>database work per step as history grows</b>: the rounds' history deleted (but for one instance, the
 * template), copies of that instance's history rows inserted by SQL up to 10,000 rows, then up to
 * {@code benchmark.historyRows}, each followed by 200 REST steps on one client.
 *
 * <p>Not a test: {@code ./mvnw -Pbenchmark test -Dtest=WorkflowBenchmark}; prints a table and writes it to
 * {@code target/benchmark/workflow.md}; docs/BENCHMARKS.md quotes it by hand. System properties:
 * {@code benchmark.rounds} (3), {@code benchmark.instances1} (instances, of 10 steps, for the one client per round,
 * 30), {@code benchmark.instances8} (per client at 8 clients, 10), {@code benchmark.pgbenchSeconds} (8),
 * {@code benchmark.openTasks} (100000), {@code benchmark.listRequests} (300), {@code benchmark.realSteps1} (real
 * steps of each kind at one client per round, 50), {@code benchmark.realSteps8} (per client at 8 clients, 15),
 * {@code benchmark.historyRows} (1000000).
 */
@ExtendWith(WorkflowBenchmark.Postgres.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "shamy.demo-data=false", "shamy.demo-circles=false"})
@ActiveProfiles("postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WorkflowBenchmark {

    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    private static final int INSTANCES_1 = Integer.getInteger("benchmark.instances1", 30);
    private static final int INSTANCES_8 = Integer.getInteger("benchmark.instances8", 10);
    private static final int PGBENCH_SECONDS = Integer.getInteger("benchmark.pgbenchSeconds", 8);
    private static final int OPEN_TASKS = Integer.getInteger("benchmark.openTasks", 100_000);
    private static final int LIST_REQUESTS = Integer.getInteger("benchmark.listRequests", 300);
    private static final int REAL_1 = Integer.getInteger("benchmark.realSteps1", 50);
    private static final int REAL_8 = Integer.getInteger("benchmark.realSteps8", 15);
    private static final long HISTORY_ROWS = Long.getLong("benchmark.historyRows", 1_000_000L);
    private static final int TASKS = 10;
    private static final String KEY = "workflow-benchmark";
    private static final String PASSWORD = "bench-Pa55word";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** PostgreSQL with pg_stat_statements, started before Spring's context and stopped after it. */
    static final class Postgres implements BeforeAllCallback, AfterAllCallback {
        static EmbeddedPostgres server;
        /** The server's log, one file: auto_explain writes the query plans there. */
        static Path log;

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            Path logs = Path.of("target", "benchmark", "postgres-log").toAbsolutePath();
            Files.createDirectories(logs);
            log = logs.resolve("postgresql.log");
            Files.deleteIfExists(log);
            // auto_explain is idle (log_min_duration -1) but for the window the query plans are taken in
            server = EmbeddedPostgres.builder()
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements,auto_explain")
                    .setServerConfig("auto_explain.log_analyze", "on").setServerConfig("auto_explain.log_buffers", "on")
                    .setServerConfig("logging_collector", "on").setServerConfig("log_directory", logs.toString())
                    .setServerConfig("log_filename", log.getFileName().toString())
                    .setServerConfig("log_rotation_size", "0").setServerConfig("max_connections", "100").start();
        }

        @Override
        public void afterAll(ExtensionContext context) throws IOException {
            if (server != null) {
                server.close();
                server = null;
            }
        }
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> Postgres.server.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @LocalServerPort int port;
    @Autowired RepositoryService shamyRepository;
    @Autowired RuntimeService shamyRuntime;
    @Autowired LocalAccounts accounts;
    @Autowired DataSource shamyData;
    @Autowired TaskService shamyTasks;
    @Autowired HistoryService shamyHistory;
    @Autowired People people;
    @Autowired Schools schools;
    @Autowired ProcessEngine shamyEngine;

    private static HikariDataSource rawData;
    private static ProcessEngine raw;
    private JdbcTemplate admin;
    /** The circle of each client's project teacher and facilitator. */
    private final long[] circles = new long[8];
    private final StringBuilder out = new StringBuilder();

    @AfterAll
    static void closeRawEngine() {
        if (raw != null) {
            raw.close();
        }
        if (rawData != null) {
            rawData.close();
        }
    }

    @Test
    void shamyBesideTheRawEngine() throws Exception {
        String loadBefore = BenchmarkMachine.loadAverage();
        admin = new JdbcTemplate(Postgres.server.getPostgresDatabase());
        admin.execute("create database rawengine");
        admin.execute("create database pgbench");
        JdbcTemplate stats = new JdbcTemplate(Postgres.server.getDatabase("postgres", "pgbench"));
        stats.execute("create extension if not exists pg_stat_statements");
        startRawEngine();
        accounts.ensureRoleGroups();
        for (int i = 0; i < 8; i++) {
            accounts.ensureAccount(teacher(i), "Bench", "Teacher " + i, teacher(i) + "@bench.invalid", PASSWORD,
                    Role.TEACHER);
        }
        BpmnModelInstance model = process();
        shamyRepository.createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy();
        raw.getRepositoryService().createDeployment().name(KEY).addModelInstance(KEY + ".bpmn", model).deploy();
        setUpCircles();
        String pgbench = pgbenchInit();

        List<Row> rows = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            for (int clients : new int[] {1, 8}) {
                int instances = clients == 1 ? INSTANCES_1 : INSTANCES_8;
                Row rawRow = run("raw", round, clients, instances);
                Row shamyRow = run("shamy", round, clients, instances);
                Row floor = timed(FLOOR, round, clients, instances * TASKS, c -> floorSteps(teacher(c),
                        instances * TASKS));
                int thisRound = round;
                Row noAuthorization = withoutEngineAuthorization(() -> run(NO_AUTHORIZATION, thisRound, clients,
                        instances));
                List<Row> real = realSteps(round, clients);
                Double tps = pgbench == null ? null : pgbench(clients);
                if (round > 0) {
                    rows.add(rawRow);
                    rows.add(shamyRow);
                    rows.add(floor);
                    rows.add(noAuthorization);
                    rows.addAll(real);
                    rows.add(new Row("pgbench", round, clients, 0, tps == null ? Double.NaN : tps, 0, 0));
                }
                System.out.printf(Locale.ROOT, "round %d, %d clients: raw %.0f/s, shamy %.0f/s, floor %.0f/s,"
                        + " shamy without engine authorization %.0f/s, form %.0f/s, review %.0f/s, pgbench %s tps%n",
                        round, clients, rawRow.perSecond, shamyRow.perSecond, floor.perSecond,
                        noAuthorization.perSecond, real.get(0).perSecond, real.get(1).perSecond, tps);
            }
        }
        String work = databaseWorkPerStep(stats);
        var database = new WorkflowBenchmarkDatabase(admin, new JdbcTemplate(shamyData), stats, Postgres.log);
        String list = taskList();
        String plans = queryPlans(database);
        removeOpenTasks();
        String history = historyGrowth(database);
        String loadAfter = BenchmarkMachine.loadAverage();
        write(rows, work, list + plans + history, loadBefore, loadAfter, pgbench, stats);
    }

    // --- the process and the engines

    private static BpmnModelInstance process() {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(KEY).name("Workflow benchmark")
                .camundaHistoryTimeToLive(30).startEvent("Start");
        for (int i = 1; i <= TASKS; i++) {
            flow = flow.userTask("Step_" + i).name("Step " + i).camundaAssignee("${assignee}");
        }
        return flow.endEvent("End").done();
    }

    private static void startRawEngine() {
        rawData = new HikariDataSource();
        rawData.setJdbcUrl(Postgres.server.getJdbcUrl("postgres", "rawengine"));
        rawData.setUsername("postgres");
        rawData.setPassword("postgres");
        rawData.setMaximumPoolSize(10);
        raw = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setProcessEngineName("raw-benchmark").setDataSource(rawData)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setJobExecutorActivate(false)
                .buildProcessEngine();
    }

    private static String teacher(int i) {
        return "benchteacher" + i;
    }

    private void startInstances(String engine, int clients, int instances) {
        RuntimeService runtime = "raw".equals(engine) ? raw.getRuntimeService() : shamyRuntime;
        for (int c = 0; c < clients; c++) {
            for (int i = 0; i < instances; i++) {
                runtime.startProcessInstanceByKey(KEY, Map.of("assignee", teacher(c)));
            }
        }
    }

    // --- the rounds

    /**
     * One engine's steps in one round. {@code cpuMsPerStep}: the CPU time this JVM (the engine and its clients; for
     * shamy also the HTTP client, Tomcat and the background schedulers) spent during the steps, per step; unlike
     * the rates, it hardly moves when other work shares the machine.
     */
    record Row(String engine, int round, int clients, int steps, double perSecond, double p50, double p99,
            double cpuMsPerStep) {

        Row(String engine, int round, int clients, int steps, double perSecond, double p50, double p99) {
            this(engine, round, clients, steps, perSecond, p50, p99, Double.NaN);
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }

    private Row run(String engine, int round, int clients, int instances) throws Exception {
        startInstances(engine, clients, instances);
        return timed(engine, round, clients, instances * TASKS, c -> steps(engine, teacher(c), instances * TASKS));
    }

    /** One client's steps: each one's time in nanoseconds. */
    interface Client {
        long[] steps(int client) throws Exception;
    }

    /** {@code clients} clients at once, each doing its {@code perClient} steps. */
    private static Row timed(String engine, int round, int clients, int perClient, Client client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                int me = c;
                results.add(pool.submit(() -> client.steps(me)));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                for (long nanos : result.get()) {
                    all.add(nanos);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long cpu = processCpuNanos() - cpuStart;
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            assertThat(sorted).hasSize(clients * perClient);
            return new Row(engine, round, clients, sorted.length, sorted.length / seconds, percentile(sorted, 50),
                    percentile(sorted, 99), cpuStart < 0 ? Double.NaN : cpu / 1e6 / sorted.length);
        } finally {
            pool.shutdown();
        }
    }

    /** One client's steps until its teacher has no task left; each step's time in nanoseconds. */
    private long[] steps(String engine, String me, int expected) throws Exception {
        long[] times = new long[expected];
        int done = 0;
        if ("raw".equals(engine)) {
            var tasks = raw.getTaskService();
            while (true) {
                long t = System.nanoTime();
                List<Task> next = tasks.createTaskQuery().taskAssignee(me).listPage(0, 1);
                if (next.isEmpty()) {
                    break;
                }
                tasks.complete(next.get(0).getId());
                times[done++] = System.nanoTime() - t;
            }
        } else {
            Rest rest = new Rest(port, me);
            while (true) {
                long t = System.nanoTime();
                JsonNode next = rest.get("/engine-rest/task?assignee=" + me + "&maxResults=1");
                if (next.isEmpty()) {
                    break;
                }
                rest.post("/engine-rest/task/" + next.get(0).path("id").asText() + "/complete", "{}");
                times[done++] = System.nanoTime() - t;
            }
        }
        return Arrays.copyOf(times, done);
    }

    /** A teacher's HTTP client: HTTP/1.1 with keep-alive, HTTP Basic on every request as a script would send it. */
    static final class Rest {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final String base;
        private final String authorization;

        Rest(int port, String user) {
            this.base = "http://localhost:" + port;
            this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
        }

        JsonNode get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
        }

        JsonNode post(String path, String body) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), 204);
        }

        private JsonNode send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request.header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        }
    }

    // --- what HTTP alone costs, and what the engine's authorization costs (diagnostic rows)

    private static final String FLOOR = "http floor";
    private static final String NO_AUTHORIZATION = "shamy, engine authorization off";

    /**
     * The HTTP floor: a step's two requests, signed in as the teacher, to {@code GET /engine-rest/version}, which
     * touches no table: the HTTP client, Tomcat, the security filter chain, Jersey and Jackson, nothing of the engine.
     * No Shamy step can cost less than this.
     */
    private long[] floorSteps(String me, int steps) throws Exception {
        Rest rest = new Rest(port, me);
        long[] times = new long[steps];
        for (int i = 0; i < steps; i++) {
            long t = System.nanoTime();
            rest.get("/engine-rest/version");
            rest.get("/engine-rest/version");
            times[i] = System.nanoTime() - t;
        }
        return times;
    }

    /**
     * A diagnostic only, never how Shamy runs: the same REST step with the engine's authorization checks switched
     * off for the round (Shamy's own checks and grants still run), to show what the engine's checks cost.
     */
    private Row withoutEngineAuthorization(java.util.concurrent.Callable<Row> round) throws Exception {
        ProcessEngineConfiguration configuration = shamyEngine.getProcessEngineConfiguration();
        configuration.setAuthorizationEnabled(false);
        try {
            return round.call();
        } finally {
            configuration.setAuthorizationEnabled(true);
        }
    }

    // --- Shamy's real steps: a teacher's form, a facilitator's review

    private static final String FORM = "shamy: teacher's form";
    private static final String REVIEW = "shamy: facilitator's review";
    private static final String VALUES = """
            {"variables": {"valuesStatement": {"value": "Every child can learn to read.", "type": "String"}}}""";
    private static final String APPROVAL = """
            {"variables": {"planApproved": {"value": true, "type": "Boolean"}}}""";
    /** The teacher's steps between her first one and the review, with their forms' fields, in order. */
    private static final List<Map.Entry<String, Map<String, Object>>> TO_REVIEW = List.of(
            Map.entry("IdentifyConcern", Map.of("concern", "Pupils in grade 3 read slowly.")),
            Map.entry("ReflectOnCulture", Map.of("cultureReflection", "Colleagues share lessons rarely.")),
            Map.entry("ConsultColleagues", Map.of("consultationNotes", "The principal gives us an hour a week.")),
            Map.entry("DraftPlan", Map.of("planText", "Read aloud in pairs, ten minutes a day.")));

    private static String projectTeacher(int i) {
        return "benchprojectteacher" + i;
    }

    private static String facilitator(int i) {
        return "benchfacilitator" + i;
    }

    /**
     * Eight circles of one teacher and her facilitator, as development-work's trust rules need them: accounts in the
     * role's group, people (the teacher at a school), a circle and the teacher's membership (by SQL, as the
     * circle's integration tests make one; a facilitator's start would also start the circle's whole cycle).
     */
    private void setUpCircles() {
        Region region = schools.addRegion("bench", "Benchmark region");
        School school = schools.addSchool(region, "Benchmark school", "District", "Village", "kk");
        JdbcTemplate shamy = new JdbcTemplate(shamyData);
        for (int c = 0; c < 8; c++) {
            accounts.ensureAccount(projectTeacher(c), "Bench", "Project teacher " + c,
                    projectTeacher(c) + "@bench.invalid", PASSWORD, Role.TEACHER);
            accounts.ensureAccount(facilitator(c), "Bench", "Facilitator " + c, facilitator(c) + "@bench.invalid",
                    PASSWORD, Role.FACILITATOR);
            people.add(new Person(projectTeacher(c), "Project teacher " + c, Role.TEACHER, school.id(), null));
            people.add(new Person(facilitator(c), "Facilitator " + c, Role.FACILITATOR, null, null));
            circles[c] = shamy.queryForObject("insert into shamy.circle (school_id, facilitator_id, academic_year,"
                    + " status, started_at) values (?, ?, '2026-2027', 'OPEN', now()) returning id", Long.class,
                    school.id(), facilitator(c));
            shamy.update("insert into shamy.circle_membership (circle_id, teacher_id, project_completed)"
                    + " values (?, ?, false)", circles[c], projectTeacher(c));
        }
    }

    /** The teacher's form round, then the facilitator's review round, on the same instances. */
    private List<Row> realSteps(int round, int clients) throws Exception {
        int perClient = clients == 1 ? REAL_1 : REAL_8;
        List<String> projects = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            for (int i = 0; i < perClient; i++) {
                projects.add(shamyRuntime.startProcessInstanceByKey(DevelopmentProjectVariables.PROCESS_KEY, Map.of(
                        DevelopmentProjectVariables.TEACHER_ID, projectTeacher(c),
                        DevelopmentProjectVariables.FACILITATOR_ID, facilitator(c),
                        DevelopmentProjectVariables.CIRCLE_ID, circles[c])).getId());
            }
        }
        Row form = timed(FORM, round, clients, perClient,
                c -> submitForms(projectTeacher(c), "ClarifyValues", VALUES));
        projects.parallelStream().forEach(this::takeToReview);
        Row review = timed(REVIEW, round, clients, perClient,
                c -> submitForms(facilitator(c), "ReviewPlan", APPROVAL));
        shamyRuntime.deleteProcessInstances(projects, "benchmark round over", true, true);
        return List.of(form, review);
    }

    /** Until {@code me} has no task of this kind: GET the next one, submit its form. */
    private long[] submitForms(String me, String taskKey, String form) throws Exception {
        Rest rest = new Rest(port, me);
        List<Long> times = new ArrayList<>();
        while (true) {
            long t = System.nanoTime();
            JsonNode next = rest.get("/engine-rest/task?assignee=" + me + "&taskDefinitionKey=" + taskKey
                    + "&maxResults=1");
            if (next.isEmpty()) {
                break;
            }
            rest.post("/engine-rest/task/" + next.get(0).path("id").asText() + "/submit-form", form);
            times.add(System.nanoTime() - t);
        }
        return times.stream().mapToLong(Long::longValue).toArray();
    }

    private void takeToReview(String processInstanceId) {
        for (var step : TO_REVIEW) {
            Task task = shamyTasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
            assertThat(task.getTaskDefinitionKey()).isEqualTo(step.getKey());
            shamyTasks.complete(task.getId(), step.getValue());
        }
        assertThat(shamyTasks.createTaskQuery().processInstanceId(processInstanceId).singleResult()
                .getTaskDefinitionKey()).isEqualTo("ReviewPlan");
    }

    // --- pgbench

    private String pgbenchInit() throws IOException, InterruptedException {
        Path binary = Stream.of(System.getenv("PATH").split(":")).map(dir -> Path.of(dir, "pgbench"))
                .filter(Files::isExecutable).findFirst().orElse(null);
        if (binary == null) {
            return null;
        }
        String output = exec(List.of(binary.toString(), "-i", "-q", "-s", "10", "-h", "localhost", "-p",
                String.valueOf(Postgres.server.getPort()), "-U", "postgres", "pgbench"));
        System.out.println(output);
        return binary.toString();
    }

    private double pgbench(int clients) throws IOException, InterruptedException {
        String output = exec(List.of(pgbenchBinary(), "-c", String.valueOf(clients), "-j", String.valueOf(
                Math.min(clients, 2)), "-T", String.valueOf(PGBENCH_SECONDS), "-h", "localhost", "-p",
                String.valueOf(Postgres.server.getPort()), "-U", "postgres", "pgbench"));
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException(output);
        }
        return Double.parseDouble(tps.group(1));
    }

    private static String pgbenchBinary() {
        return Stream.of(System.getenv("PATH").split(":")).map(dir -> Path.of(dir, "pgbench"))
                .filter(Files::isExecutable).findFirst().orElseThrow().toString();
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + ": " + output);
        }
        return output;
    }

    // --- statements and transactions per step

    private String databaseWorkPerStep(JdbcTemplate stats) throws Exception {
        int instances = 20;
        StringBuilder table = new StringBuilder("""
                | Engine (database) | Steps | Statements per step | Transactions per step | Rows read per step (tuples returned + fetched) | Background while idle: statements/s, transactions/s |
                |---|---|---|---|---|---|
                """);
        for (String engine : List.of("raw", "shamy")) {
            String database = "raw".equals(engine) ? "rawengine" : "postgres";
            startInstances(engine, 1, instances);
            settle();
            stats.execute("select pg_stat_statements_reset()");
            long[] before = databaseCounters(stats, database);
            long start = System.nanoTime();
            long[] times = steps(engine, teacher(0), instances * TASKS);
            settle();
            double busySeconds = (System.nanoTime() - start) / 1e9;
            long[] after = databaseCounters(stats, database);
            long statements = statements(stats, database);
            // what the database does meanwhile without any step (job acquisition, schedulers), subtracted
            long idleStart = System.nanoTime();
            await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(6)).until(() -> true);
            settle();
            double idleSeconds = (System.nanoTime() - idleStart) / 1e9;
            long[] idle = databaseCounters(stats, database);
            long idleStatements = statements(stats, database) - statements;
            double statementsPerSecond = idleStatements / idleSeconds;
            double xactsPerSecond = (idle[0] - after[0]) / idleSeconds;
            double rowsPerSecond = (idle[1] - after[1]) / idleSeconds;
            int steps = times.length;
            table.append(String.format(Locale.ROOT, "| %s (%s) | %d | %.1f | %.1f | %.0f | %.1f, %.1f |%n", engine,
                    database, steps, (statements - statementsPerSecond * busySeconds) / steps,
                    (after[0] - before[0] - xactsPerSecond * busySeconds) / steps,
                    (after[1] - before[1] - rowsPerSecond * busySeconds) / steps, statementsPerSecond,
                    xactsPerSecond));
            if ("shamy".equals(engine)) {
                table.append("\nShamy's statements by count during the steps and the idle window after them, per step"
                        + " (top 25):\n\n| Calls per step | Rows per call | Statement |\n|---|---|---|\n");
                for (Map<String, Object> row : stats.queryForList("""
                        select s.calls, s.rows, s.query from pg_stat_statements s join pg_database d on d.oid = s.dbid
                        where d.datname = ? order by s.calls desc limit 25""", database)) {
                    long calls = ((Number) row.get("calls")).longValue();
                    String query = String.valueOf(row.get("query")).replaceAll("\\s+", " ").replace("|", "\\|");
                    table.append(String.format(Locale.ROOT, "| %.2f | %.1f | `%s` |%n", (double) calls / steps,
                            ((Number) row.get("rows")).doubleValue() / calls,
                            query.length() > 160 ? query.substring(0, 160) + "…" : query));
                }
            }
        }
        return table.toString();
    }

    /** Statements of one database since the last reset, transaction control left out. */
    private static long statements(JdbcTemplate stats, String database) {
        return stats.queryForObject("""
                select coalesce(sum(s.calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
                where d.datname = ? and s.query !~* '^\\s*(begin|commit|rollback|start transaction)'""",
                Long.class, database);
    }

    /**
     * PostgreSQL 14 sends a backend's counts to the statistics collector up to about a second after its last
     * transaction; this waits that long.
     */
    static void settle() {
        await().pollDelay(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).until(() -> true);
    }

    /** Commits + rollbacks and tuples returned + fetched of one database. */
    private static long[] databaseCounters(JdbcTemplate stats, String database) {
        return stats.queryForObject("""
                select xact_commit + xact_rollback, tup_returned + tup_fetched from pg_stat_database
                where datname = ?""", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, database);
    }

    // --- a teacher's task list

    private String taskList() throws Exception {
        JdbcTemplate shamy = new JdbcTemplate(shamyData);
        String me = teacher(0);
        // the grants the engine gives an assignee, taken from a real task, to copy onto the inserted ones
        shamyRuntime.startProcessInstanceByKey(KEY, Map.of("assignee", teacher(7)));
        String template = shamy.queryForObject("select id_ from act_ru_task where assignee_ = ?",
                String.class, teacher(7));
        int grantsPerTask = shamy.queryForObject("select count(*) from "
                + " act_ru_authorization where resource_id_ = ?", Integer.class, template);
        insertTasks(shamy, template, 0, 10, 1);
        String before = listLatency(me, "10 (hers), 0 others");
        String noneBefore = listLatency(teacher(6), "0");
        long authorizationRowsBefore = shamy.queryForObject("select count(*) from "
                + " act_ru_authorization", Long.class);
        long start = System.nanoTime();
        insertTasks(shamy, template, 10, OPEN_TASKS, OPEN_TASKS / 10 - 1);
        long insertMs = (System.nanoTime() - start) / 1_000_000;
        shamy.execute("analyze act_ru_task");
        shamy.execute("analyze act_ru_authorization");
        long authorizationRows = shamy.queryForObject("select count(*) from act_ru_authorization",
                Long.class);
        long open = shamy.queryForObject("select count(*) from act_ru_task", Long.class);
        String after = listLatency(me, "10 (hers) of " + open);
        String noneAfter = listLatency(teacher(6), "0 of " + open);
        return String.format(Locale.ROOT, """
                | Open tasks (of the teacher / all) | Authorization rows | Requests | p50 ms | p99 ms |
                |---|---|---|---|---|
                %s
                %s
                %s
                %s

                The %d tasks were inserted by SQL (standalone tasks in `act_ru_task`, about %d per person over %d people, with
                the %d grant rows per task the engine gave the assignee of a real task, copied; then `ANALYZE`) in %d ms:
                the teacher's 10 first, then the others over %d other people.
                """, before.formatted(authorizationRowsBefore), noneBefore.formatted(authorizationRowsBefore),
                after.formatted(authorizationRows), noneAfter.formatted(authorizationRows), OPEN_TASKS, 10,
                OPEN_TASKS / 10, grantsPerTask, insertMs, OPEN_TASKS / 10 - 1);
    }

    /**
     * Tasks {@code from} to {@code to}, task {@code n} assigned to person {@code n % people}; person 0 is
     * benchteacher0, the others benchpersonk. Each with the template task's grants, for its assignee.
     */
    private void insertTasks(JdbcTemplate shamy, String template, int from, int to, int people) {
        String assignee = people == 1 ? "'" + teacher(0) + "'" : "'benchperson' || (n % " + people + ")";
        shamy.update("insert into act_ru_task (id_, rev_, name_, assignee_, priority_, create_time_,"
                + " last_updated_, suspension_state_, task_state_) select 'bench-task-' || n, 1, 'Open task ' || n, "
                + assignee + ", 50, now(), now(), 1, 'Created' from generate_series(?, ?) n", from, to - 1);
        shamy.update("insert into act_ru_authorization (id_, rev_, type_, user_id_, resource_type_,"
                + " resource_id_, perms_) select gen_random_uuid()::text, 1, a.type_, " + assignee
                + ", a.resource_type_, 'bench-task-' || n, a.perms_ from generate_series(?, ?) n, "
                + " act_ru_authorization a where a.resource_id_ = ? and a.user_id_ is not null", from, to - 1,
                template);
    }

    // --- query plans at 100,000 open tasks

    private String queryPlans(WorkflowBenchmarkDatabase database) throws Exception {
        String me = teacher(0);
        Rest teacher = new Rest(port, me);
        Rest other = new Rest(port, teacher(7));
        long open = new JdbcTemplate(shamyData).queryForObject("select count(*) from act_ru_task", Long.class);
        String list = database.plans("A teacher's task list: `GET /engine-rest/task?assignee=" + me
                + "&maxResults=50` (her 10 tasks)", () -> teacher.get("/engine-rest/task?assignee=" + me
                        + "&maxResults=50"));
        String completion = database.plans("A completion: `GET /engine-rest/task?assignee=" + teacher(7)
                + "&maxResults=1`, then `POST /engine-rest/task/{id}/complete`", () -> {
                    JsonNode next = other.get("/engine-rest/task?assignee=" + teacher(7) + "&maxResults=1");
                    other.post("/engine-rest/task/" + next.get(0).path("id").asText() + "/complete", "{}");
                });
        return String.format(Locale.ROOT, """

                ### Query plans

                At %,d open tasks, after the task-list figures above: the plans of every statement on `act_ru_task`
                or `act_ru_authorization` that one request ran, as PostgreSQL's `auto_explain` logged them with
                `log_analyze` and `log_buffers` on (what `EXPLAIN (ANALYZE, BUFFERS)` shows, for that very run and its
                parameters; `log_min_duration` 0 for the request's window only), in the order they ran; a statement
                that ran again is shown once.

                %s%s""", open, list, completion);
    }

    /**
     * The inserted open tasks and their grants go, and their tables are rewritten compact: the history figures below
     * are about history alone (a completion's {@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?} scans the
     * whole table, empty pages too).
     */
    private void removeOpenTasks() {
        JdbcTemplate shamy = new JdbcTemplate(shamyData);
        shamy.update("delete from act_ru_authorization where resource_id_ like 'bench-task-%'");
        shamy.update("delete from act_ru_task where id_ like 'bench-task-%'");
        shamy.execute("vacuum full analyze act_ru_task");
        shamy.execute("vacuum full analyze act_ru_authorization");
    }

    // --- database work per step as history grows

    private String historyGrowth(WorkflowBenchmarkDatabase database) throws Exception {
        List<String> finished = shamyHistory.createHistoricProcessInstanceQuery().finished().list().stream()
                .map(HistoricProcessInstance::getId).toList();
        String template = shamyHistory.createHistoricProcessInstanceQuery().processDefinitionKey(KEY).finished()
                .listPage(0, 1).get(0).getId();
        List<String> others = finished.stream().filter(id -> !id.equals(template)).toList();
        long start = System.nanoTime();
        for (int i = 0; i < others.size(); i += 500) {
            shamyHistory.deleteHistoricProcessInstancesBulk(others.subList(i, Math.min(others.size(), i + 500)));
        }
        long deleteMs = (System.nanoTime() - start) / 1_000_000;
        long left = database.historyRows();
        List<WorkflowBenchmarkDatabase.Work> levels = new ArrayList<>();
        StringBuilder grown = new StringBuilder();
        for (long target : new long[] {10_000, HISTORY_ROWS}) {
            long ms = database.growHistory(template, target);
            grown.append(grown.isEmpty() ? "" : " and ").append(String.format(Locale.ROOT, "to %,d rows in %,d ms",
                    database.historyRows(), ms));
            startInstances("shamy", 1, 20);
            levels.add(database.work("postgres", () -> steps("shamy", teacher(0), 20 * TASKS)));
        }
        return String.format(Locale.ROOT, """

                ### Database work per step as history grows

                The REST step, one client, 20 instances (200 steps and the empty query that ends the run), at two sizes
                of the engine's history. The rounds' history was deleted first (%,d finished instances, engine API, %,d
                ms; %,d rows left: the one instance kept as the template, the instance still running, rows of no
                instance), then copies of the template's rows were inserted by SQL (`generate_series`; each copy's
                instance, execution, task and activity ids suffixed with its number), then `VACUUM ANALYZE` of each
                history table, %s. The open tasks inserted above were removed before.

                %s""", others.size(), deleteMs, left, grown,
                WorkflowBenchmarkDatabase.table(levels));
    }

    /** A format with one %d left for the authorization rows. */
    private String listLatency(String me, String label) throws Exception {
        Rest rest = new Rest(port, me);
        for (int i = 0; i < 30; i++) {
            rest.get("/engine-rest/task?assignee=" + me + "&maxResults=50");
        }
        long[] times = new long[LIST_REQUESTS];
        for (int i = 0; i < LIST_REQUESTS; i++) {
            long t = System.nanoTime();
            JsonNode list = rest.get("/engine-rest/task?assignee=" + me + "&maxResults=50");
            times[i] = System.nanoTime() - t;
            assertThat(list.size()).isEqualTo(me.equals(teacher(0)) ? 10 : 0);
        }
        Arrays.sort(times);
        return String.format(Locale.ROOT, "| %s | %%d | %d | %.1f | %.1f |", label, LIST_REQUESTS,
                percentile(times, 50), percentile(times, 99));
    }

    // --- the report

    private void write(List<Row> rows, String work, String list, String loadBefore, String loadAfter,
            String pgbench, JdbcTemplate stats) throws IOException {
        String version = stats.queryForObject("show server_version", String.class);
        out.append(String.format(Locale.ROOT, """
                Run %s on %d CPUs (nproc), %s, %s %s; PostgreSQL %s (zonky embedded, pg_stat_statements loaded);
                pgbench: %s. Load average (1, 5, 15 min) before: %s; after: %s. Shamy: postgres profile, local
                accounts, authorization on, history FULL, HTTP Basic on every request (java.net.http, HTTP/1.1
                keep-alive). Raw: standalone ProcessEngineConfiguration, history FULL, no authorization, Hikari pool
                of 10 (Shamy's: Spring Boot's default, 10).

                ```
                ./mvnw -Pbenchmark test -Dtest=WorkflowBenchmark
                ```

                Rounds after a warm-up round, interleaved raw, shamy, Shamy's real steps, pgbench; %d instances of 10 steps at 1 client,
                %d per client at 8 clients. A step: query my next task (one), complete it.

                | Round | Clients | Engine | Steps | Steps/s (pgbench: TPC-B tps) | p50 ms | p99 ms | Shamy/raw |
                |---|---|---|---|---|---|---|---|
                """, Instant.now(), Runtime.getRuntime().availableProcessors(), BenchmarkMachine.memory(),
                System.getProperty("java.vm.name"), System.getProperty("java.vm.version"), version,
                pgbench == null ? "not on the path, not run" : pgbench + ", TPC-B scale 10, -T " + PGBENCH_SECONDS,
                loadBefore, loadAfter, INSTANCES_1, INSTANCES_8));
        for (Row row : rows) {
            String ratio = "";
            if ("shamy".equals(row.engine) || NO_AUTHORIZATION.equals(row.engine)) {
                Row rawRow = rows.stream().filter(r -> r.round == row.round && r.clients == row.clients
                        && "raw".equals(r.engine)).findFirst().orElseThrow();
                ratio = String.format(Locale.ROOT, "%.2f×", row.perSecond / rawRow.perSecond);
            }
            out.append("pgbench".equals(row.engine)
                    ? String.format(Locale.ROOT, "| %d | %d | pgbench | | %.0f | | | |%n", row.round, row.clients,
                            row.perSecond)
                    : String.format(Locale.ROOT, "| %d | %d | %s | %d | %.1f | %.1f | %.1f | %s |%n", row.round,
                            row.clients, row.engine, row.steps, row.perSecond, row.p50, row.p99, ratio));
        }
        out.append("\nSummary (min–max over the rounds):\n\n| Clients | Raw steps/s | Shamy steps/s | Shamy/raw |"
                + " Raw p50 / p99 ms | Shamy p50 / p99 ms | pgbench tps |\n|---|---|---|---|---|---|---|\n");
        for (int clients : new int[] {1, 8}) {
            int c = clients;
            var rawRows = rows.stream().filter(r -> r.clients == c && "raw".equals(r.engine)).toList();
            var shamyRows = rows.stream().filter(r -> r.clients == c && "shamy".equals(r.engine)).toList();
            var pgRows = rows.stream().filter(r -> r.clients == c && "pgbench".equals(r.engine)).toList();
            double[] ratios = new double[rawRows.size()];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = shamyRows.get(i).perSecond / rawRows.get(i).perSecond;
            }
            out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s / %s | %s / %s | %s |%n", clients,
                    range(rawRows.stream().mapToDouble(Row::perSecond).toArray(), "%.0f"),
                    range(shamyRows.stream().mapToDouble(Row::perSecond).toArray(), "%.0f"),
                    range(ratios, "%.2f×"), range(rawRows.stream().mapToDouble(Row::p50).toArray(), "%.1f"),
                    range(rawRows.stream().mapToDouble(Row::p99).toArray(), "%.1f"),
                    range(shamyRows.stream().mapToDouble(Row::p50).toArray(), "%.1f"),
                    range(shamyRows.stream().mapToDouble(Row::p99).toArray(), "%.1f"),
                    range(pgRows.stream().mapToDouble(Row::perSecond).toArray(), "%.0f")));
        }
        out.append(realSummary(rows));
        out.append(cpuSummary(rows));
        out.append(ceiling(rows));
        out.append("\nDatabase work per step, one client, 20 instances (200 steps, and the one empty query that ends"
                + " the run):\n\n").append(work);
        out.append("\nA teacher's task list, `GET /engine-rest/task?assignee=me&maxResults=50`, one client, after 30"
                + " warm-up requests:\n\n").append(list);
        System.out.println(out);
        Path file = Path.of("target", "benchmark", "workflow.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    /** CPU per step of this JVM, by engine and clients (min–max over the rounds), and Shamy's over raw's. */
    private static String cpuSummary(List<Row> rows) {
        StringBuilder out = new StringBuilder("""

                CPU time of this JVM per step during the rounds (min–max over the rounds; the raw engine's with its
                client threads, Shamy's with its HTTP clients, Tomcat and background work), and Shamy's over raw's
                in the same round; this hardly moves when other work shares the machine:

                | Clients | Steps | CPU ms per step | Over raw's |
                |---|---|---|---|
                """);
        for (int clients : new int[] {1, 8}) {
            for (String engine : List.of("raw", "shamy", FLOOR, NO_AUTHORIZATION, FORM, REVIEW)) {
                int c = clients;
                var mine = rows.stream().filter(r -> r.clients == c && engine.equals(r.engine)).toList();
                if (mine.isEmpty()) {
                    continue;
                }
                double[] over = mine.stream().mapToDouble(r -> r.cpuMsPerStep / rows.stream()
                        .filter(w -> w.round == r.round && w.clients == c && "raw".equals(w.engine))
                        .findFirst().orElseThrow().cpuMsPerStep).toArray();
                out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s |%n", clients, engine,
                        range(mine.stream().mapToDouble(Row::cpuMsPerStep).toArray(), "%.2f"),
                        "raw".equals(engine) ? "" : range(over, "%.1f×")));
            }
        }
        return out.toString();
    }

    /**
     * The best ratio any HTTP step could reach on this machine: the raw engine's step plus the HTTP floor's two
     * requests, by time (1 client) and by this JVM's CPU (8 clients, where the two cores are the limit).
     */
    private static String ceiling(List<Row> rows) {
        StringBuilder out = new StringBuilder("""

                The HTTP floor (`GET /engine-rest/version` twice per step, signed in: HTTP client, Tomcat, security
                filters, Jersey, no table) and the same REST step with the engine's authorization switched off for
                the round (a diagnostic; Shamy's own checks and grants still run). Ceiling: the raw step plus the
                floor's two requests over the raw step alone, by time at 1 client, by this JVM's CPU at 8 clients;
                no step over HTTP can beat it here.

                | Clients | Floor ms per 2 requests (p50) | Floor CPU ms per 2 requests | Ceiling Shamy/raw | Shamy/raw | Authorization off/raw |
                |---|---|---|---|---|---|
                """);
        for (int clients : new int[] {1, 8}) {
            int c = clients;
            List<Double> ceilings = new ArrayList<>();
            List<Double> shamy = new ArrayList<>();
            List<Double> open = new ArrayList<>();
            List<Double> p50 = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (Row floor : rows.stream().filter(r -> r.clients == c && FLOOR.equals(r.engine)).toList()) {
                Row raw = find(rows, floor.round, c, "raw");
                double rawCost = c == 1 ? 1000.0 / raw.perSecond : raw.cpuMsPerStep;
                double floorCost = c == 1 ? 1000.0 / floor.perSecond : floor.cpuMsPerStep;
                ceilings.add(rawCost / (rawCost + floorCost));
                shamy.add(find(rows, floor.round, c, "shamy").perSecond / raw.perSecond);
                open.add(find(rows, floor.round, c, NO_AUTHORIZATION).perSecond / raw.perSecond);
                p50.add(floor.p50);
                cpu.add(floor.cpuMsPerStep);
            }
            out.append(String.format(Locale.ROOT, "| %d | %s | %s | %s | %s | %s |%n", clients,
                    range(p50.stream().mapToDouble(Double::doubleValue).toArray(), "%.2f"),
                    range(cpu.stream().mapToDouble(Double::doubleValue).toArray(), "%.2f"),
                    range(ceilings.stream().mapToDouble(Double::doubleValue).toArray(), "%.2f×"),
                    range(shamy.stream().mapToDouble(Double::doubleValue).toArray(), "%.2f×"),
                    range(open.stream().mapToDouble(Double::doubleValue).toArray(), "%.2f×")));
        }
        return out.toString();
    }

    private static Row find(List<Row> rows, int round, int clients, String engine) {
        return rows.stream().filter(r -> r.round == round && r.clients == clients && engine.equals(r.engine))
                .findFirst().orElseThrow();
    }

    private static String realSummary(List<Row> rows) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """

                Shamy's real steps in the same rounds (min–max over the rounds; the raw engine's step rate of the same
                rounds beside them). A step: `GET /engine-rest/task?assignee=me&taskDefinitionKey=…&maxResults=1`,
                then `POST /engine-rest/task/{id}/submit-form` with the form's fields: a teacher's ClarifyValues of
                development-work (`valuesStatement`), her facilitator's ReviewPlan (`planApproved` true). %d of each
                at 1 client, %d per client at 8 clients, each client its own teacher, facilitator and circle.

                | Clients | Raw steps/s | Teacher's form steps/s | Form p50 / p99 ms | Form/raw | Facilitator's review steps/s | Review p50 / p99 ms | Review/raw |
                |---|---|---|---|---|---|---|---|
                """, REAL_1, REAL_8));
        for (int clients : new int[] {1, 8}) {
            int c = clients;
            var raw = rows.stream().filter(r -> r.clients == c && "raw".equals(r.engine)).toList();
            out.append("| ").append(clients).append(" | ")
                    .append(range(raw.stream().mapToDouble(Row::perSecond).toArray(), "%.0f"));
            for (String engine : List.of(FORM, REVIEW)) {
                var real = rows.stream().filter(r -> r.clients == c && engine.equals(r.engine)).toList();
                double[] ratios = new double[real.size()];
                for (int i = 0; i < ratios.length; i++) {
                    ratios[i] = real.get(i).perSecond / raw.get(i).perSecond;
                }
                out.append(" | ").append(range(real.stream().mapToDouble(Row::perSecond).toArray(), "%.1f"))
                        .append(" | ").append(range(real.stream().mapToDouble(Row::p50).toArray(), "%.1f"))
                        .append(" / ").append(range(real.stream().mapToDouble(Row::p99).toArray(), "%.1f"))
                        .append(" | ").append(range(ratios, "%.2f×"));
            }
            out.append(" |\n");
        }
        return out.toString();
    }

    private static String range(double[] values, String format) {
        if (values.length == 0 || Double.isNaN(values[0])) {
            return "–";
        }
        double min = Arrays.stream(values).min().orElseThrow();
        double max = Arrays.stream(values).max().orElseThrow();
        return String.format(Locale.ROOT, format, min) + "–" + String.format(Locale.ROOT, format, max);
    }

    private static double percentile(long[] sortedNanos, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1e6;
    }
}
