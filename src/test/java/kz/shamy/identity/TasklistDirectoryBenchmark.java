package kz.shamy.identity;

import kz.shamy.identity.internal.KeycloakRequestTimer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Tasklist costs when the realm holds 1,000 more people: the real Keycloak, 950 teachers in 40 school groups
 * and 50 facilitators added by one partial import, Shamy in the {@code keycloak} profile, and the webapp requests
 * Tasklist sends when a teacher or a facilitator opens it, when someone types an assignee, and the directory
 * look-ups around them, sent over HTTP with a signed-in session. Each request runs cold (the directory's cache
 * cleared before it, not timed) and warm (the same request again), timed end to end into an HdrHistogram, with
 * the number of requests Shamy sent to Keycloak for it ({@link KeycloakRequestTimer}). Not a test: it asserts
 * nothing about speed and runs only with {@code ./mvnw -Pbenchmark test}. It prints a table and writes it to
 * {@code target/benchmark/tasklist-directory.md}; docs/BENCHMARKS.md quotes it by hand.
 *
 * <p>System properties: {@code benchmark.cold} (40 cold requests per row), {@code benchmark.warm} (200 warm).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tasklistbench;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=true",
        "shamy.demo-circles=false",
        "camunda.bpm.job-execution.enabled=false",
        "logging.level.org.camunda.bpm.extension.keycloak=WARN"})
@WithSharedKeycloak
class TasklistDirectoryBenchmark {

    static final int TEACHERS = 950;
    static final int FACILITATORS = 50;
    static final int SCHOOLS = 40;
    private static final int COLD = Integer.getInteger("benchmark.cold", 40);
    private static final int WARM = Integer.getInteger("benchmark.warm", 200);
    private static final long SEED = 20_260_301L;
    private static final String API = "/camunda/api/engine/engine/default";
    private static final String[] FIRST = {"Aliya", "Aigerim", "Dana", "Gulnara", "Zhanar", "Saule", "Madina", "Aruzhan",
        "Yerlan", "Nurlan", "Askar", "Daniyar", "Bolat", "Serik", "Marat", "Timur", "Ainur", "Kamila", "Asel", "Dias"};
    private static final String[] LAST = {"Omarova", "Seitkali", "Nurlanova", "Abenova", "Zhaksylykov", "Bekova",
        "Tulegenov", "Ismailova", "Kenzhebayev", "Mukanova", "Sadykov", "Akhmetova", "Baimukhanov", "Dzhaksybekova"};

    private static final KeycloakServer keycloak = KeycloakServer.shared();
    private static final ObjectMapper json = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    KeycloakDirectory directory;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TaskService tasks;

    @Autowired
    FilterService filters;

    private final StringBuilder log = new StringBuilder();

    record Row(String who, String request, Result cold, Result warm, String note) {
    }

    record Result(long count, double p50Ms, double p99Ms, double maxMs, double keycloakPerRequest) {
    }

    @Test
    void tasklistWithAThousandUsers() throws Exception {
        String loadBefore = loadAverage();
        String started = ZonedDateTime.now().toString();
        long t0 = System.nanoTime();
        new KeycloakAdmin(keycloak).partialImport(realmWithAThousandMore());
        say("Imported %d users and %d school groups in %.1f s", TEACHERS + FACILITATORS, SCHOOLS,
                (System.nanoTime() - t0) / 1e9);
        Fixture fixture = createTasks();

        TasklistSession teacher = TasklistSession.signIn(keycloak, port, "teacher1", "demo");
        TasklistSession facilitator = TasklistSession.signIn(keycloak, port, "facilitator1", "demo");
        TasklistSession admin = TasklistSession.signIn(keycloak, port, "admin", "demo");
        String myTasks = filterId("My tasks");
        String groupTasks = filterId("My group's tasks");
        String filterBody = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";

        List<Row> rows = new ArrayList<>();
        rows.add(row("teacher", "GET /user/{me}/profile (header)",
                () -> teacher.get(API + "/user/teacher1/profile"), null));
        rows.add(row("teacher", "GET /filter?itemCount=true (filter counts)",
                () -> teacher.get(API + "/filter?resourceType=Task&itemCount=true"), null));
        rows.add(row("teacher", "POST /filter/{My tasks}/list (HAL, 15)",
                () -> teacher.postHal(API + "/filter/" + myTasks + "/list?firstResult=0&maxResults=15", filterBody),
                null));
        rows.add(row("teacher", "GET /task/{id} (HAL, identity links)",
                () -> teacher.getHal(API + "/task/" + fixture.teacherTask), null));
        rows.add(row("facilitator", "POST /filter/{My group's tasks}/list (HAL, 15)",
                () -> facilitator.postHal(API + "/filter/" + groupTasks + "/list?firstResult=0&maxResults=15",
                        filterBody), null));
        rows.add(row("facilitator", "GET /task/{id} (HAL, identity links)",
                () -> facilitator.getHal(API + "/task/" + fixture.groupTask), null));
        List<String> keystrokes = keystrokes("teacher0737");
        int[] stroke = {0};
        rows.add(row("facilitator", "GET /user?maxResults=1&id={typed} (assignee field, per keystroke)",
                () -> facilitator.get(API + "/user?maxResults=1&id=" + keystrokes.get(stroke[0]++ % keystrokes.size())),
                "typing \"teacher0737\": " + keystrokes.size() + " distinct strings in turn"));
        rows.add(row("facilitator", "GET /group?member={me} (candidate-group look-up)",
                () -> facilitator.get(API + "/group?member=facilitator1"), null));
        rows.add(row("admin", "GET /user?firstNameLike=%Ali%&maxResults=15 (user search)",
                () -> admin.get(API + "/user?firstNameLike=%25Ali%25&firstResult=0&maxResults=15"), null));
        rows.add(row("admin", "GET /task?maxResults=15 (HAL, 15 different assignees)",
                () -> admin.getHal(API + "/task?firstResult=0&maxResults=15&sortBy=created&sortOrder=desc"), null));

        JsonNode adminList = json.readTree(admin.getHal(API + "/task?firstResult=0&maxResults=15&sortBy=created&sortOrder=desc"));
        Set<String> assignees = new HashSet<>();
        adminList.path("_embedded").path("task").forEach(t -> assignees.add(t.path("assignee").asText()));
        int named = adminList.path("_embedded").path("assignee").size();
        say("Admin's task list: %d distinct assignees, %d of them embedded with a name", assignees.size(), named);
        String loadAfter = loadAverage();

        String table = table(rows);
        String report = "Run " + started + " on " + Runtime.getRuntime().availableProcessors() + " CPUs, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version")
                + ". Load average (1/5/15 min) before: " + loadBefore + "; after: " + loadAfter + ".\n\n"
                + table + "\n```\n" + log + "```\n";
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "tasklist-directory.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** COLD requests each after clearing the directory's cache, then WARM requests with it filled. */
    private Row row(String who, String request, Supplier<String> call, String note) {
        call.get(); // the session's first request pays for Camunda's own per-session set-up, not measured
        Histogram cold = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        long before = keycloakRequests();
        for (int i = 0; i < COLD; i++) {
            directory.clearCache();
            long start = System.nanoTime();
            call.get();
            cold.recordValue(System.nanoTime() - start);
        }
        double coldPerRequest = (keycloakRequests() - before) / (double) COLD;
        call.get();
        Histogram warm = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        before = keycloakRequests();
        for (int i = 0; i < WARM; i++) {
            long start = System.nanoTime();
            call.get();
            warm.recordValue(System.nanoTime() - start);
        }
        double warmPerRequest = (keycloakRequests() - before) / (double) WARM;
        Row row = new Row(who, request, result(cold, coldPerRequest), result(warm, warmPerRequest), note);
        say("%s %s: cold p50 %.1f ms, %.1f Keycloak requests; warm p50 %.2f ms, %.2f Keycloak requests", who, request,
                row.cold.p50Ms, coldPerRequest, row.warm.p50Ms, warmPerRequest);
        return row;
    }

    private long keycloakRequests() {
        return meters.find(KeycloakRequestTimer.METER).timers().stream().mapToLong(Timer::count).sum();
    }

    private static Result result(Histogram h, double keycloakPerRequest) {
        return new Result(h.getTotalCount(), h.getValueAtPercentile(50) / 1e6, h.getValueAtPercentile(99) / 1e6,
                h.getMaxValue() / 1e6, keycloakPerRequest);
    }

    private String table(List<Row> rows) {
        StringBuilder t = new StringBuilder();
        t.append("| Who | Tasklist request | cold p50 ms | cold p99 ms | Keycloak requests, cold | warm p50 ms "
                + "| warm p99 ms | Keycloak requests, warm |\n|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            t.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |%n", r.who,
                    r.request.replace("|", "\\|"), r.cold.p50Ms, r.cold.p99Ms, r.cold.keycloakPerRequest, r.warm.p50Ms,
                    r.warm.p99Ms, r.warm.keycloakPerRequest));
        }
        t.append(String.format(Locale.ROOT, "%nCold: %d requests per row, the directory's cache cleared before each; "
                + "warm: %d requests per row.%n", COLD, WARM));
        rows.stream().filter(r -> r.note != null).forEach(r -> t.append("\n").append(r.request).append(": ")
                .append(r.note).append(".\n"));
        return t.toString();
    }

    /** 950 teachers spread over 40 school groups, 50 facilitators; no passwords: nobody of them signs in. */
    static String realmWithAThousandMore() {
        Random random = new Random(SEED);
        ObjectNode realm = json.createObjectNode();
        realm.put("ifResourceExists", "SKIP");
        ArrayNode groups = realm.putArray("groups");
        for (int s = 1; s <= SCHOOLS; s++) {
            groups.addObject().put("name", school(s)).put("path", "/" + school(s));
        }
        ArrayNode users = realm.putArray("users");
        for (int i = 1; i <= TEACHERS + FACILITATORS; i++) {
            boolean teacher = i <= TEACHERS;
            String username = teacher ? String.format("teacher%04d", i) : String.format("facilitator%03d", i - TEACHERS);
            ObjectNode user = users.addObject().put("username", username).put("enabled", true)
                    .put("firstName", FIRST[random.nextInt(FIRST.length)])
                    .put("lastName", LAST[random.nextInt(LAST.length)])
                    .put("email", username + "@schools.example.kz").put("emailVerified", true);
            ArrayNode memberOf = user.putArray("groups");
            memberOf.add(teacher ? "/teachers" : "/facilitators");
            if (teacher) {
                memberOf.add("/" + school(1 + random.nextInt(SCHOOLS)));
            }
        }
        return realm.toString();
    }

    private static String school(int number) {
        return String.format("school-%02d", number);
    }

    private record Fixture(String teacherTask, String groupTask) {
    }

    /**
     * Standalone tasks, so every list has 15 entries: 20 assigned to teacher1, 30 unassigned offered to the
     * facilitators, then 300 assigned to random teachers of the 950 (the newest, so an administrator's list
     * shows 15 different assignees).
     */
    private Fixture createTasks() {
        Random random = new Random(SEED + 1);
        String teacherTask = null;
        for (int i = 0; i < 20; i++) {
            teacherTask = task("Plan lesson study " + i, "teacher1", "teachers");
        }
        String groupTask = null;
        for (int i = 0; i < 30; i++) {
            groupTask = task("Review plan " + i, null, "facilitators");
        }
        for (int i = 0; i < 300; i++) {
            task("Write reflection " + i, String.format("teacher%04d", 1 + random.nextInt(TEACHERS)), "teachers");
        }
        return new Fixture(teacherTask, groupTask);
    }

    private String task(String name, String assignee, String candidateGroup) {
        Task task = tasks.newTask();
        task.setName(name);
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), candidateGroup);
        if (assignee != null) {
            tasks.setAssignee(task.getId(), assignee);
        }
        return task.getId();
    }

    private String filterId(String name) {
        return filters.createFilterQuery().filterName(name).singleResult().getId();
    }

    private static List<String> keystrokes(String username) {
        List<String> typed = new ArrayList<>();
        for (int i = 1; i <= username.length(); i++) {
            typed.add(username.substring(0, i));
        }
        return typed;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f (1 min)",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private void say(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println(line);
        log.append(line).append('\n');
    }
}
