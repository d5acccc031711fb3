package kz.shamy;

import static kz.shamy.BackupCommands.jdbcUrl;
import static kz.shamy.BackupCommands.postgresVariables;
import static kz.shamy.BackupCommands.rowCounts;
import static kz.shamy.BackupCommands.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import kz.shamy.BackupCommands.Run;
import kz.shamy.search.SearchDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The postgres profile's backup and restore (scripts/backup-postgres.sh, restore-postgres.sh) as the README gives
 * them: backed up while Shamy runs, restored into an empty database, where a fresh Shamy with an empty index folder
 * finds every report by search and every table holds the rows it held; and what the restore refuses.
 */
class PostgresBackupRestoreIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(PostgresBackupRestoreIntegrationTests.class);

    @TempDir
    Path work;

    @Test
    void backupTakenWhileShamyRunsRestoresIntoAnEmptyDatabaseWhereShamyFindsEveryReport() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            JdbcTemplate server = new JdbcTemplate(postgres.getPostgresDatabase());
            server.execute("create database shamy_original");
            server.execute("create database shamy_restored");
            DataSource original = postgres.getDatabase("postgres", "shamy_original");
            DataSource restored = postgres.getDatabase("postgres", "shamy_restored");

            Path dump = work.resolve("shamy.dump");
            Map<Long, SearchDocument> reports;
            Map<String, Long> rowsBackedUp;
            try (RunningShamy shamy = RunningShamy.start("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + jdbcUrl(postgres, "shamy_original"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                    "--shamy.data-dir=" + work.resolve("original"),
                    "--shamy.search.index-dir=" + work.resolve("original-index"),
                    "--shamy.demo-data=true", "--shamy.demo-circles=true")) {
                reports = shamy.writeReportsAndWaitUntilSearchable();
                rowsBackedUp = rowCounts(original, "public", "shamy");
                Run backup = run(postgresVariables(postgres, "shamy_original"), "scripts/backup-postgres.sh",
                        dump.toString());
                assertThat(backup.exit()).as(backup.output()).isZero();
            }
            assertThat(rowsBackedUp).as("Shamy's and Camunda's tables")
                    .containsKeys("shamy.project_report", "shamy.report_outbox", "shamy.flyway_schema_history",
                            "public.act_ru_task", "public.act_ge_bytearray", "public.act_id_user");
            log.info("Backed up {} reports, {} tables, {} bytes", reports.size(), rowsBackedUp.size(), Files.size(dump));

            Run restore = run(postgresVariables(postgres, "shamy_restored"), "scripts/restore-postgres.sh",
                    dump.toString());
            assertThat(restore.exit()).as(restore.output()).isZero();
            assertThat(rowCounts(restored, "public", "shamy")).as("rows per table after the restore")
                    .isEqualTo(rowsBackedUp);

            Path emptyIndex = work.resolve("restored-index");
            assertThat(emptyIndex).doesNotExist();
            // no demo data: the people, their accounts and passwords come from the backup
            try (RunningShamy shamy = RunningShamy.start("--spring.profiles.active=postgres",
                    "--spring.datasource.url=" + jdbcUrl(postgres, "shamy_restored"),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                    "--shamy.data-dir=" + work.resolve("restored"), "--shamy.search.index-dir=" + emptyIndex,
                    "--shamy.demo-data=false")) {
                assertThat(shamy.searchableReports().keySet()).isEqualTo(reports.keySet());
                assertThat(shamy.foundBySearch(reports.values())).as("reports found after the restore")
                        .isEqualTo(reports.keySet());
                log.info("After the restore: {} of {} reports found by search", reports.size(), reports.size());
            }
        }
    }

    @Test
    void restoreRefusesADatabaseThatIsNotEmptyAndLeavesNothingOfABrokenBackup() throws Exception {
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
            assertThat(run(postgresVariables(postgres, "source"), "scripts/backup-postgres.sh", dump.toString()).exit())
                    .isZero();

            Run again = run(postgresVariables(postgres, "source"), "scripts/backup-postgres.sh", dump.toString());
            assertThat(again.exit()).isNotZero();
            assertThat(again.output()).contains("already exists");

            JdbcTemplate target = new JdbcTemplate(postgres.getDatabase("postgres", "target"));
            target.execute("create table leftover (id int)");
            Run notEmpty = run(postgresVariables(postgres, "target"), "scripts/restore-postgres.sh", dump.toString());
            assertThat(notEmpty.exit()).isNotZero();
            assertThat(notEmpty.output()).contains("is not empty").contains("nothing was changed");
            assertThat(shamySchemas(target)).isZero();

            target.execute("drop table leftover");
            Path notABackup = Files.writeString(work.resolve("notes.dump"), "not a backup");
            Run garbage = run(postgresVariables(postgres, "target"), "scripts/restore-postgres.sh",
                    notABackup.toString());
            assertThat(garbage.exit()).isNotZero();
            assertThat(garbage.output()).contains("is not a backup made by backup-postgres.sh");

            // the table of contents is whole, the data is cut off: the one transaction is rolled back
            byte[] whole = Files.readAllBytes(dump);
            Path truncated = Files.write(work.resolve("truncated.dump"), Arrays.copyOf(whole, whole.length * 2 / 3));
            Run cut = run(postgresVariables(postgres, "target"), "scripts/restore-postgres.sh", truncated.toString());
            assertThat(cut.exit()).as(cut.output()).isNotZero();
            assertThat(shamySchemas(target)).as("nothing of the broken backup is left").isZero();

            Run intact = run(postgresVariables(postgres, "target"), "scripts/restore-postgres.sh", dump.toString());
            assertThat(intact.exit()).as(intact.output()).isZero();
            assertThat(target.queryForObject("select count(*) from shamy.project_report", Integer.class)).isEqualTo(300);
        }
    }

    private static int shamySchemas(JdbcTemplate database) {
        return database.queryForObject("select count(*) from information_schema.schemata where schema_name = 'shamy'",
                Integer.class);
    }
}
