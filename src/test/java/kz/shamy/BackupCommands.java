package kz.shamy;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The README's backup and restore commands, run from the project's folder as an operator runs them. */
final class BackupCommands {

    private static final Logger log = LoggerFactory.getLogger(BackupCommands.class);

    record Run(int exit, String output) {
    }

    private BackupCommands() {
    }

    /** Runs {@code command} with these variables set (and JAVA_HOME, the test's own Java), logging its output. */
    static Run run(Map<String, String> variables, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(variables);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        long start = System.nanoTime();
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        log.info("{} -> exit {} after {} ms:\n{}", String.join(" ", command), process.exitValue(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), output.strip());
        return new Run(process.exitValue(), output);
    }

    static String jdbcUrl(EmbeddedPostgres postgres, String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** What the postgres profile reads, which is what the PostgreSQL scripts read. */
    static Map<String, String> postgresVariables(EmbeddedPostgres postgres, String database) {
        return Map.of("POSTGRES_URL", jdbcUrl(postgres, database), "POSTGRES_USER", "postgres",
                "POSTGRES_PASSWORD", "postgres");
    }

    /** The embedded default's data folder, and the local Maven repository this build took H2 from. */
    static Map<String, String> embeddedVariables(Path dataDir) {
        // <repository>/com/h2database/h2/<version>/h2-<version>.jar
        Path h2Jar = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        return Map.of("SHAMY_DATA_DIR", dataDir.toString(),
                "MAVEN_REPO", h2Jar.getParent().getParent().getParent().getParent().getParent().toString());
    }

    /** Rows in every table of the given schemas, keyed schema.table. */
    static Map<String, Long> rowCounts(DataSource database, String... schemas) throws SQLException {
        try (Connection connection = database.getConnection()) {
            return rowCounts(connection, schemas);
        }
    }

    /** Rows in every table of the embedded default's database in {@code dataDir}, which must not be open. */
    static Map<String, Long> h2RowCounts(Path dataDir) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:h2:file:" + dataDir.resolve("shamy") + ";IFEXISTS=TRUE", "sa", "")) {
            return rowCounts(connection, "PUBLIC", "SHAMY");
        }
    }

    private static Map<String, Long> rowCounts(Connection connection, String... schemas) throws SQLException {
        List<String[]> tables = new ArrayList<>();
        for (String schema : schemas) {
            try (var result = connection.getMetaData().getTables(null, schema, "%", null)) {
                while (result.next()) {
                    // PostgreSQL says TABLE, H2 2.x BASE TABLE
                    if (List.of("TABLE", "BASE TABLE").contains(result.getString("TABLE_TYPE"))) {
                        tables.add(new String[] {schema, result.getString("TABLE_NAME")});
                    }
                }
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String[] table : tables) {
            try (var result = connection.createStatement()
                    .executeQuery("select count(*) from \"" + table[0] + "\".\"" + table[1] + "\"")) {
                result.next();
                counts.put(table[0] + "." + table[1], result.getLong(1));
            }
        }
        return counts;
    }
}
