package kz.shamy.identity;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real Keycloak per test JVM: the {@code keycloak-quarkus-dist} zip from Maven Central (unpacked by
 * the build under {@code target/keycloak}), started in dev mode on a free port with Shamy's realm file
 * freshly imported. Test classes share it through {@link #shared()}; a shutdown hook stops it and every
 * process it started. {@link #whileStopped} takes it down for an outage test and brings it back on the
 * same port with the same database (dev mode's H2 file under {@code data/h2}), so the realm keeps its
 * signing keys and the tokens issued before still verify; the realm file is not imported again, since
 * Keycloak skips a realm that already exists.
 */
public final class KeycloakServer {

    public static final String REALM = "shamy";
    /** Master-realm administrator of the test server only; lets tests reach Keycloak's admin API. */
    public static final String TEST_ADMIN = "test-admin";
    public static final String TEST_ADMIN_PASSWORD = "test-admin-only";

    private static final Logger log = LoggerFactory.getLogger(KeycloakServer.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static KeycloakServer shared;

    private final ProcessBuilder command;
    private final int port;
    private final Path pidFile;
    private final Path logFile;
    private volatile Process process;

    private KeycloakServer(ProcessBuilder command, int port, Path pidFile, Path logFile) {
        this.command = command;
        this.port = port;
        this.pidFile = pidFile;
        this.logFile = logFile;
    }

    /** The JVM's Keycloak, started on first use. */
    public static synchronized KeycloakServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "keycloak-stop"));
        }
        return shared;
    }

    /** {@code http://localhost:<port>}: tokens name this host in their issuer, so everyone uses it. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String issuer() {
        return issuer(REALM);
    }

    public String issuer(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    public String tokenEndpoint(String realm) {
        return issuer(realm) + "/protocol/openid-connect/token";
    }

    private static KeycloakServer start() {
        Path home = Path.of(required("shamy.keycloak.home"));
        Path realmFile = Path.of(required("shamy.keycloak.realm-file"));
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("no Keycloak distribution at " + home
                    + " (run the build through Maven: it unpacks org.keycloak:keycloak-quarkus-dist)");
        }
        try {
            Path pidFile = home.resolveSibling("keycloak.pid");
            stopLeftOver(pidFile, home);
            // a fresh database every run, so the realm is exactly what the file says
            deleteRecursively(home.resolve("data"));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(realmFile, home.resolve("data/import/" + REALM + "-realm.json"));
            int port = freePort();
            Path logFile = home.resolveSibling("keycloak.log");
            ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port, "--http-management-port=" + freePort(), "--hostname-strict=false",
                    "--import-realm")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            Files.deleteIfExists(logFile);
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", TEST_ADMIN);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", TEST_ADMIN_PASSWORD);
            KeycloakServer server = new KeycloakServer(builder, port, pidFile, logFile);
            server.launch();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts kc.sh with this server's command line (port, database) and waits until the realm answers. */
    private void launch() throws IOException {
        long started = System.nanoTime();
        process = command.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
        awaitRealm();
        log.info("Keycloak started on port {} in {} ms (log: {})", port,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), logFile);
    }

    /**
     * Runs {@code outage} with this Keycloak stopped (its port closed), then starts it again on the same port
     * with the same database, whether {@code outage} passed or failed, so the test classes after it find it
     * serving. Returns once the realm answers again.
     */
    public synchronized void whileStopped(Outage outage) throws Exception {
        stop();
        try {
            outage.run();
        } finally {
            launch();
        }
    }

    /** What a test does while Keycloak is down. */
    @FunctionalInterface
    public interface Outage {
        void run() throws Exception;
    }

    /** Polls the realm's discovery document until Keycloak answers it or gives up. */
    private void awaitRealm() throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n"
                            + tail(logFile));
                }
                try {
                    return http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException notYetListening) {
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            stop();
            throw new IllegalStateException("Keycloak did not serve realm " + REALM + " in time:\n" + tail(logFile));
        }
    }

    /** Stops kc.sh and the JVM it started; its port is closed when this returns. */
    public void stop() {
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
            Files.deleteIfExists(pidFile);
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
        awaitPortClosed();
    }

    /** Until nothing accepts connections on the port (a stopped Keycloak may take a moment to release it). */
    private void awaitPortClosed() {
        try {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
                try (Socket probe = new Socket()) {
                    probe.connect(new InetSocketAddress("localhost", port), 500);
                    return false;
                } catch (IOException closed) {
                    return true;
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Keycloak still listens on port " + port + " after stopping");
        }
    }

    /**
     * A Keycloak this harness started in a test JVM that was killed before its shutdown hook ran: stopped
     * before the next start deletes its database. Only a process whose command line names this
     * distribution is touched.
     */
    private static void stopLeftOver(Path pidFile, Path home) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle.of(pid).filter(p -> p.info().commandLine().orElse("").contains(home.toString()))
                .ifPresent(leftOver -> {
                    log.warn("Stopping Keycloak {} left over by an earlier test run", pid);
                    leftOver.descendants().forEach(ProcessHandle::destroy);
                    leftOver.destroy();
                    leftOver.onExit().join();
                });
        Files.delete(pidFile);
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (surefire sets it)");
        }
        return value;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
