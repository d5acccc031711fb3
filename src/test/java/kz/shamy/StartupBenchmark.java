package kz.shamy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Shamy's start-up on the embedded default (H2 file database, demo users and data, the Lucene index in-process), as
 * a newcomer starts it: a child JVM on the runtime classpath (target/classes and the runtime dependencies, listed by
 * the benchmark profile into {@code target/startup-classpath.txt}; the tests' resources are not on it) in an empty
 * temporary folder, so the database and index are created (<b>cold</b>); then stopped and started again on the same
 * folder (<b>warm</b>: the database, the deployed processes and the index are there). Each start once with the JVM's
 * own defaults and once with the options {@code ./mvnw spring-boot:run} passes ({@code shamy.run.jvmArguments} in
 * pom.xml and the plugin's own {@code -XX:TieredStopAtLevel=1}), interleaved, {@code benchmark.startupRuns} (3)
 * times.
 *
 * <p>Per start: the "Started ShamyApplication in X seconds" line (the context and Tomcat; the demo data is seeded
 * after it), the CPU seconds the process had used by then (user + system, all its threads: on a busy machine the
 * steadier figure), the seconds from launch to readiness ({@code /readyz} UP with its
 * {@code readinessState}: the index checked and the demo data seeded), and the resident set (VmRSS) at "Started"
 * and at readiness. Linux only for CPU and RSS ({@code /proc}). Not a test:
 * {@code ./mvnw -o -Pbenchmark test -Dshamy.frontend.skip=true -Dtest=StartupBenchmark}; writes
 * {@code target/benchmark/startup.md}; docs/BENCHMARKS.md quotes it by hand.
 */
class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("benchmark.startupRuns", 3);
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Pattern STARTED = Pattern.compile("Started ShamyApplication in ([0-9.]+) seconds");
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Variant(String name, List<String> jvmOptions) {
    }

    record Start(int run, String variant, String kind, double startedSeconds, double cpuSeconds, double readySeconds,
            long rssStartedMb, long rssReadyMb) {
    }

    @Test
    void startUpOnTheEmbeddedDefault() throws Exception {
        String classpath = Files.readString(Path.of("target", "startup-classpath.txt")).trim();
        classpath = Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator + classpath;
        // spring-boot:run adds -XX:TieredStopAtLevel=1 itself (the plugin's optimizedLaunch, on by default)
        String runOptions = ("-XX:TieredStopAtLevel=1 " + System.getProperty("shamy.run.jvmArguments", "")).trim();
        List<Variant> variants = List.of(new Variant("JVM defaults", List.of()),
                new Variant("spring-boot:run options", Arrays.asList(runOptions.split("\\s+"))));
        String loadBefore = BenchmarkMachine.loadAverage();
        List<Start> starts = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            for (Variant variant : variants) {
                Path folder = Files.createTempDirectory("shamy-startup-");
                try {
                    starts.add(start(run, variant, "cold", classpath, folder));
                    starts.add(start(run, variant, "warm", classpath, folder));
                } finally {
                    delete(folder);
                }
            }
        }
        String report = report(starts, variants, runOptions, loadBefore, BenchmarkMachine.loadAverage());
        System.out.println(report);
        Path file = Path.of("target", "benchmark", "startup.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private Start start(int run, Variant variant, String kind, String classpath, Path folder) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(variant.jvmOptions());
        command.addAll(List.of("-cp", classpath, ShamyApplication.class.getName(), "--server.port=0",
                // the actuator's own port, any free one; readiness is read on the main port's /readyz
                "--management.server.port=0",
                "--management.endpoint.health.probes.enabled=true",
                "--management.endpoint.health.show-components=always"));
        Path log = folder.resolve(kind + ".log");
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            Matcher started = await(log, STARTED, process);
            double cpu = cpuSeconds(process.pid());
            long rssStarted = rssMb(process.pid());
            Matcher port = await(log, PORT, process);
            awaitReady(Integer.parseInt(port.group(1)), process);
            double ready = (System.nanoTime() - launched) / 1e9;
            long rssReady = rssMb(process.pid());
            return new Start(run, variant.name(), kind, Double.parseDouble(started.group(1)), cpu, ready, rssStarted,
                    rssReady);
        } finally {
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** The first line of the child's log that matches, waiting for it; fails if the child ends first. */
    private static Matcher await(Path log, Pattern pattern, Process process) {
        return Awaitility.await().atMost(PATIENCE).pollInterval(POLL).pollDelay(Duration.ZERO)
                .until(() -> {
                    assertThat(process.isAlive()).as("Shamy ended before logging %s; see %s", pattern, log).isTrue();
                    Matcher m = pattern.matcher(Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
                    return m.find() ? m : null;
                }, Objects::nonNull);
    }

    private static void awaitReady(int port, Process process) {
        // the open readiness probe on the main port, with readinessState among its components (show-components
        // above): UP once the application runners and the ready listeners (demo data) have run, and since issue 10
        // also once the database, the job executor and the index's lag behind the outbox say so
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/readyz"))
                .timeout(Duration.ofSeconds(10)).build();
        Awaitility.await().atMost(PATIENCE).pollInterval(POLL).pollDelay(Duration.ZERO).until(() -> {
            assertThat(process.isAlive()).as("Shamy ended before it was ready").isTrue();
            try {
                HttpResponse<String> response = HTTP.send(health, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200
                        && response.body().contains("\"readinessState\":{\"status\":\"UP\"");
            } catch (IOException e) {
                return false; // not answering yet
            }
        });
    }

    /** User and system CPU seconds of a process (Linux: fields 14 and 15 of /proc/pid/stat, in ticks of 1/100 s). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static long rssMb(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).findFirst()
                    .map(kb -> Long.parseLong(kb) / 1024).orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String report(List<Start> starts, List<Variant> variants, String runOptions, String loadBefore,
            String loadAfter) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """
                ## Start-up on the embedded default

                Run %s on %d CPUs, %s, %s %s; load average before %s, after %s. `spring-boot:run` options: `%s`.

                ```
                ./mvnw -o -Pbenchmark test -Dshamy.frontend.skip=true -Dtest=StartupBenchmark
                ```

                Cold: an empty folder (database, processes and index created, demo data seeded after "Started").
                Warm: started again on the same folder. "Started": Spring Boot's own line; CPU: the process's user +
                system seconds by then; ready: seconds from launch to `/actuator/health` UP with readinessState UP.

                | Run | JVM | Start | Started, s | CPU, s | Ready, s | RSS at Started, MB | RSS at ready, MB |
                |---|---|---|---|---|---|---|---|
                """, Instant.now(), Runtime.getRuntime().availableProcessors(), BenchmarkMachine.memory(),
                System.getProperty("java.vm.name"), System.getProperty("java.vm.version"), loadBefore, loadAfter,
                runOptions));
        for (Start s : starts) {
            out.append(String.format(Locale.ROOT, "| %d | %s | %s | %.1f | %.1f | %.1f | %d | %d |%n", s.run(),
                    s.variant(), s.kind(), s.startedSeconds(), s.cpuSeconds(), s.readySeconds(), s.rssStartedMb(),
                    s.rssReadyMb()));
        }
        out.append("\nMedian (min–max):\n\n| JVM | Start | Started, s | CPU, s | Ready, s | RSS at Started, MB |"
                + " RSS at ready, MB |\n|---|---|---|---|---|---|---|\n");
        for (Variant variant : variants) {
            for (String kind : List.of("cold", "warm")) {
                List<Start> of = starts.stream().filter(s -> s.variant().equals(variant.name())
                        && s.kind().equals(kind)).toList();
                out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", variant.name(), kind,
                        summary(of, Start::startedSeconds, "%.1f"), summary(of, Start::cpuSeconds, "%.1f"),
                        summary(of, Start::readySeconds, "%.1f"), summary(of, Start::rssStartedMb, "%.0f"),
                        summary(of, Start::rssReadyMb, "%.0f")));
            }
        }
        return out.toString();
    }

    private static String summary(List<Start> starts, ToDoubleFunction<Start> figure, String format) {
        double[] values = starts.stream().mapToDouble(figure).sorted().toArray();
        if (values.length == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, format, values[values.length / 2]) + " ("
                + String.format(Locale.ROOT, format, values[0]) + "–"
                + String.format(Locale.ROOT, format, values[values.length - 1]) + ")";
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
