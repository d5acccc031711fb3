package kz.shamy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import kz.shamy.identity.People;
import kz.shamy.reports.ReportDraft;
import kz.shamy.reports.Reports;
import kz.shamy.search.SearchDocument;
import kz.shamy.search.SearchSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup and restore commands of the README (scripts/*.sh), run as an operator would run them: Shamy
 * writes reports, its database is backed up, the backup is restored into an empty database, and a fresh Shamy on
 * the restored database with an empty index folder finds every report through the search API, its index rebuilt
 * from the database at start. Every table holds as many rows after the restore as when it was backed up. Shamy
 * runs in this JVM, started and stopped like the application (SpringApplication), one after the other.
 */
class BackupRestoreIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(BackupRestoreIntegrationTests.class);
    private static final int IMPORTED = 12;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    // --- PostgreSQL profile --------------------------------------------------------------------------------

    @Test
    void postgresBackupTakenWhileShamyRunsRestoresIntoAnEmptyDatabaseWhereShamyFindsEveryReport() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            JdbcTemplate server = new JdbcTemplate(postgres.getPostgresDatabase());
            server.execute("create database shamy_original");
            server.execute("create database shamy_restored");
            DataSource original = postgres.getDatabase("postgres", "shamy_original");
            DataSource restored = postgres.getDatabase("postgres", "shamy_restored");

            Path dump = work.resolve("shamy.dump");
            Map<Long, SearchDocument> reports;
            Map<String, Long> rowsBackedUp;
            try (ConfigurableApplicationContext shamy = startShamy(List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + jdbcUrl(postgres, "shamy_original"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                    "--shamy.data-dir=" + work.resolve("original"), "--shamy.demo-data=true",
                    "--shamy.demo-circles=true"))) {
                reports = writeReportsAndWaitUntilSearchable(shamy);
                rowsBackedUp = rowCounts(original, "public", "shamy");
                Run backup = timed("PostgreSQL backup (Shamy running)",
                        () -> run(postgresEnv(postgres, "shamy_original"), "scripts/backup-postgres.sh", dump.toString()));
                assertThat(backup.exit()).as(backup.output()).isZero();
            }
            assertThat(rowsBackedUp).as("Shamy's and Camunda's tables")
                    .containsKeys("shamy.project_report", "shamy.report_outbox", "shamy.flyway_schema_history",
                            "public.act_ru_task", "public.act_ge_bytearray", "public.act_id_user");
            log.info("Backed up {} reports, {} tables, {} bytes", reports.size(), rowsBackedUp.size(), Files.size(dump));

            Run restore = timed("PostgreSQL restore",
                    () -> run(postgresEnv(postgres, "shamy_restored"), "scripts/restore-postgres.sh", dump.toString()));
            assertThat(restore.exit()).as(restore.output()).isZero();
            assertThat(rowCounts(restored, "public", "shamy")).as("rows per table after the restore")
                    .isEqualTo(rowsBackedUp);

            Path emptyIndex = work.resolve("restored-index");
            assertThat(emptyIndex).doesNotExist();
            // no demo data: the people, their accounts and passwords come from the backup
            try (ConfigurableApplicationContext shamy = startShamy(List.of("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + jdbcUrl(postgres, "shamy_restored"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                    "--shamy.data-dir=" + work.resolve("restored"), "--shamy.search.index-dir=" + emptyIndex,
                    "--shamy.demo-data=false"))) {
                assertThat(shamy.getBean(SearchSource.class).count()).isEqualTo(reports.size());
                assertThat(foundBySearch(port(shamy), reports.values())).as("reports found after the restore")
                        .isEqualTo(reports.keySet());
                log.info("After the restore: {} of {} reports found by search", reports.size(), reports.size());
            }
        }
    }

    @Test
    void postgresRestoreRefusesADatabaseThatIsNotEmptyAndLeavesNothingOfABrokenBackup() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            JdbcTemplate server = new JdbcTemplate(postgres.getPostgresDatabase());
            server.execute("create database source");
            server.execute("create database target");
            JdbcTemplate source = new JdbcTemplate(postgres.getDatabase("postgres", "source"));
            source.execute("create schema shamy");
            source.execute("create table shamy.project_report (id bigint primary key, title text)");
            source.execute("insert into shamy.project_report select i, repeat('report ', 2000) || i "
                    + "from generate_series(1, 300) i");
            Path dump = work.resolve("source.dump");
            assertThat(run(postgresEnv(postgres, "source"), "scripts/backup-postgres.sh", dump.toString()).exit())
                    .isZero();

            Run again = run(postgresEnv(postgres, "source"), "scripts/backup-postgres.sh", dump.toString());
            assertThat(again.exit()).isNotZero();
            assertThat(again.output()).contains("already exists");

            JdbcTemplate target = new JdbcTemplate(postgres.getDatabase("postgres", "target"));
            target.execute("create table leftover (id int)");
            Run notEmpty = run(postgresEnv(postgres, "target"), "scripts/restore-postgres.sh", dump.toString());
            assertThat(notEmpty.exit()).isNotZero();
            assertThat(notEmpty.output()).contains("is not empty").contains("nothing was changed");
            assertThat(target.queryForObject("select count(*) from information_schema.schemata where schema_name = 'shamy'",
                    Integer.class)).isZero();

            target.execute("drop table leftover");
            Path notABackup = Files.writeString(work.resolve("notes.dump"), "not a backup");
            Run garbage = run(postgresEnv(postgres, "target"), "scripts/restore-postgres.sh", notABackup.toString());
            assertThat(garbage.exit()).isNotZero();
            assertThat(garbage.output()).contains("is not a backup made by backup-postgres.sh");

            // the table of contents is whole, the data is cut off: the one transaction is rolled back
            byte[] whole = Files.readAllBytes(dump);
            Path truncated = Files.write(work.resolve("truncated.dump"),
                    java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
            Run cut = run(postgresEnv(postgres, "target"), "scripts/restore-postgres.sh", truncated.toString());
            assertThat(cut.exit()).as(cut.output()).isNotZero();
            assertThat(target.queryForObject("select count(*) from information_schema.schemata where schema_name = 'shamy'",
                    Integer.class)).as("nothing of the broken backup is left").isZero();

            Run whole2 = run(postgresEnv(postgres, "target"), "scripts/restore-postgres.sh", dump.toString());
            assertThat(whole2.exit()).as(whole2.output()).isZero();
            assertThat(target.queryForObject("select count(*) from shamy.project_report", Integer.class)).isEqualTo(300);
        }
    }

    // --- embedded default (H2 under the data folder) -------------------------------------------------------

    @Test
    void embeddedBackupOfAStoppedShamyRestoresIntoAnEmptyDataFolderWhereShamyFindsEveryReport() throws Exception {
        Path originalData = work.resolve("original");
        Path restoredData = work.resolve("restored");
        Path backupFile = work.resolve("shamy.zip");
        Map<Long, SearchDocument> reports;
        try (ConfigurableApplicationContext shamy = startShamy(List.of("--shamy.data-dir=" + originalData,
                "--shamy.search.index-dir=" + originalData.resolve("index"), "--shamy.demo-data=true",
                "--shamy.demo-circles=false"))) {
            reports = writeReportsAndWaitUntilSearchable(shamy);

            Run whileRunning = run(embeddedEnv(originalData), "scripts/backup-embedded.sh", backupFile.toString());
            assertThat(whileRunning.exit()).as("a backup while Shamy runs").isNotZero();
            assertThat(whileRunning.output()).contains("is Shamy still running? Stop it first.");
            assertThat(backupFile).as("no backup file left by the refused backup").doesNotExist();
            assertThat(work.resolve("shamy.zip.partial")).doesNotExist();
        }
        Map<String, Long> rowsBackedUp = h2RowCounts(originalData);
        Run backup = timed("H2 backup (Shamy stopped)",
                () -> run(embeddedEnv(originalData), "scripts/backup-embedded.sh", backupFile.toString()));
        assertThat(backup.exit()).as(backup.output()).isZero();
        assertThat(rowsBackedUp).containsKeys("SHAMY.PROJECT_REPORT", "SHAMY.REPORT_OUTBOX",
                "SHAMY.flyway_schema_history", "PUBLIC.ACT_RU_TASK", "PUBLIC.ACT_ID_USER");
        log.info("Backed up {} reports, {} tables, {} bytes", reports.size(), rowsBackedUp.size(),
                Files.size(backupFile));

        Run intoOld = run(embeddedEnv(originalData), "scripts/restore-embedded.sh", backupFile.toString());
        assertThat(intoOld.exit()).isNotZero();
        assertThat(intoOld.output()).contains("already holds a database").contains("nothing was changed");
        Path staleIndex = Files.createDirectories(work.resolve("stale").resolve("index"));
        Run besideAnIndex = run(embeddedEnv(staleIndex.getParent()), "scripts/restore-embedded.sh",
                backupFile.toString());
        assertThat(besideAnIndex.exit()).isNotZero();
        assertThat(besideAnIndex.output()).contains("holds an index of another database");
        assertThat(staleIndex.getParent().resolve("shamy.mv.db")).doesNotExist();

        Run restore = timed("H2 restore",
                () -> run(embeddedEnv(restoredData), "scripts/restore-embedded.sh", backupFile.toString()));
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(h2RowCounts(restoredData)).as("rows per table after the restore").isEqualTo(rowsBackedUp);
        assertThat(restoredData.resolve("index")).doesNotExist();

        try (ConfigurableApplicationContext shamy = startShamy(List.of("--shamy.data-dir=" + restoredData,
                "--shamy.search.index-dir=" + restoredData.resolve("index"), "--shamy.demo-data=false"))) {
            assertThat(shamy.getBean(SearchSource.class).count()).isEqualTo(reports.size());
            assertThat(foundBySearch(port(shamy), reports.values())).as("reports found after the restore")
                    .isEqualTo(reports.keySet());
            log.info("After the restore: {} of {} reports found by search", reports.size(), reports.size());
        }
    }

    // --- Shamy ---------------------------------------------------------------------------------------------

    private static ConfigurableApplicationContext startShamy(List<String> arguments) {
        List<String> all = new ArrayList<>(arguments);
        all.add("--server.port=0");
        // nothing runs by itself in the background, so the database holds still while it is counted and dumped
        all.add("--camunda.bpm.job-execution.enabled=false");
        return new SpringApplicationBuilder(ShamyApplication.class).run(all.toArray(String[]::new));
    }

    private static int port(ConfigurableApplicationContext shamy) {
        return ((WebServerApplicationContext) shamy).getWebServer().getPort();
    }

    /**
     * Archive reports imported over the API and a draft only its author and facilitator may find, beside the demo
     * data's; returns every searchable report once all of them are found by search.
     */
    private Map<Long, SearchDocument> writeReportsAndWaitUntilSearchable(ConfigurableApplicationContext shamy)
            throws Exception {
        String lines = IntStream.range(0, IMPORTED).mapToObj(i -> jsonLine(Map.of(
                "title", "Backup drill report " + i + " zephyrine", "author", "Aigerim Bekova",
                "school", "Sairam school No. 5", "region", "Turkistan", "subject", "Reading", "year", "2021-2022",
                "language", "en", "summary", "Pupils read aloud together, record " + i + ".",
                "body", "What the reading circle did in week " + i + ". ".repeat(20),
                "keywords", List.of("reading")))).collect(Collectors.joining("\n"));
        HttpResponse<String> imported = http.send(request(port(shamy), "admin", "/api/reports/import")
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(lines, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json.readTree(imported.body()).path("imported").asInt()).isEqualTo(IMPORTED);
        Long school = shamy.getBean(People.class).find("teacher1").orElseThrow().schoolId();
        shamy.getBean(Reports.class).submitDraft(new ReportDraft(987_654L, "teacher1", school,
                "Backup drill draft quillwort", "en", "Reading", "2025-2026", "Pupils read together. ".repeat(200),
                "Only the author and the facilitator may read this draft.", "reading", "facilitator1"));

        SearchSource source = shamy.getBean(SearchSource.class);
        Map<Long, SearchDocument> reports = new TreeMap<>();
        source.forEach(document -> reports.put(document.reportId(), document));
        assertThat(reports.values()).filteredOn(d -> !d.published()).isNotEmpty();
        assertThat(reports).hasSizeGreaterThan(73 + IMPORTED);
        // the same check as after the restore, here to show that it finds what it looks for
        await("every report searchable").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> foundBySearch(port(shamy), reports.values()).equals(reports.keySet()));
        return reports;
    }

    /** The reports found when each is looked for by its title, as someone who may read it. */
    private java.util.Set<Long> foundBySearch(int port, java.util.Collection<SearchDocument> reports)
            throws IOException, InterruptedException {
        java.util.Set<Long> found = new java.util.TreeSet<>();
        for (SearchDocument report : reports) {
            String reader = report.published() ? "staff1" : report.readers().get(0);
            String phrase = "\"" + report.title().replace('"', ' ') + "\"";
            HttpResponse<String> answer = http.send(request(port, reader, "/api/search?size=100&q="
                    + URLEncoder.encode(phrase, StandardCharsets.UTF_8)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            for (JsonNode hit : json.readTree(answer.body()).path("hits")) {
                if (hit.path("id").asLong() == report.reportId()) {
                    found.add(report.reportId());
                }
            }
        }
        return found;
    }

    private HttpRequest.Builder request(int port, String username, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private String jsonLine(Map<String, Object> record) {
        try {
            return json.writeValueAsString(record);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- the databases -------------------------------------------------------------------------------------

    private static String jdbcUrl(EmbeddedPostgres postgres, String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** What the postgres profile reads, as the scripts take it. */
    private static Map<String, String> postgresEnv(EmbeddedPostgres postgres, String database) {
        return Map.of("POSTGRES_URL", jdbcUrl(postgres, database), "POSTGRES_USER", "postgres",
                "POSTGRES_PASSWORD", "postgres");
    }

    private static Map<String, String> embeddedEnv(Path dataDir) {
        // the H2 jar this build uses lies in the local Maven repository: <repo>/com/h2database/h2/<v>/h2-<v>.jar
        Path h2Jar = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        return Map.of("SHAMY_DATA_DIR", dataDir.toString(),
                "MAVEN_REPO", h2Jar.getParent().getParent().getParent().getParent().getParent().toString());
    }

    /** Rows in every table of the given schemas, keyed schema.table. */
    private static Map<String, Long> rowCounts(DataSource database, String... schemas) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return rowCounts(connection, schemas);
        }
    }

    private static Map<String, Long> h2RowCounts(Path dataDir) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + dataDir.resolve("shamy") + ";IFEXISTS=TRUE", "sa", "")) {
            return rowCounts(connection, "PUBLIC", "SHAMY");
        }
    }

    private static Map<String, Long> rowCounts(Connection connection, String... schemas) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        for (String schema : schemas) {
            try (var result = connection.getMetaData().getTables(null, schema, "%", null)) {
                while (result.next()) {
                    // PostgreSQL says TABLE, H2 2.x BASE TABLE
                    if (List.of("TABLE", "BASE TABLE").contains(result.getString("TABLE_TYPE"))) {
                        tables.add(schema + "." + result.getString("TABLE_NAME"));
                    }
                }
            }
        }
        for (String table : tables) {
            String[] name = table.split("\\.", 2);
            try (var result = connection.createStatement()
                    .executeQuery("select count(*) from \"" + name[0] + "\".\"" + name[1] + "\"")) {
                result.next();
                counts.put(table, result.getLong(1));
            }
        }
        return counts;
    }

    // --- the commands ----------------------------------------------------------------------------------------

    record Run(int exit, String output) {
    }

    /** Runs a command of the README from the project's folder, as an operator would, with these variables set. */
    private static Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true);
        Map<String, String> environment = new HashMap<>(env);
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        log.info("{} -> exit {}:\n{}", String.join(" ", command), process.exitValue(), output.strip());
        return new Run(process.exitValue(), output);
    }

    interface Command {
        Run run() throws IOException, InterruptedException;
    }

    private static Run timed(String what, Command command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Run run = command.run();
        log.info("{} took {} ms", what, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        return run;
    }
}
