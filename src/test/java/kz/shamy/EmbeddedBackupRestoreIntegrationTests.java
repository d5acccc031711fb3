package kz.shamy;

import static kz.shamy.BackupCommands.embeddedVariables;
import static kz.shamy.BackupCommands.h2RowCounts;
import static kz.shamy.BackupCommands.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kz.shamy.BackupCommands.Run;
import kz.shamy.search.SearchDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded default's backup and restore (scripts/backup-embedded.sh, restore-embedded.sh) as the README gives
 * them: refused while Shamy runs, taken once it stopped, restored into a data folder without a database, where a
 * fresh Shamy finds every report by search, its index rebuilt; and what the restore refuses.
 */
class EmbeddedBackupRestoreIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBackupRestoreIntegrationTests.class);

    @TempDir
    Path work;

    @Test
    void backupOfAStoppedShamyRestoresIntoAnEmptyDataFolderWhereShamyFindsEveryReport() throws Exception {
        Path originalData = work.resolve("original");
        Path restoredData = work.resolve("restored");
        Path backupFile = work.resolve("shamy.zip");
        Map<Long, SearchDocument> reports;
        try (RunningShamy shamy = RunningShamy.start("--shamy.data-dir=" + originalData,
                "--shamy.search.index-dir=" + originalData.resolve("index"), "--shamy.demo-data=true",
                "--shamy.demo-circles=false")) {
            reports = shamy.writeReportsAndWaitUntilSearchable();

            Run whileRunning = run(embeddedVariables(originalData), "scripts/backup-embedded.sh", backupFile.toString());
            assertThat(whileRunning.exit()).as("a backup while Shamy runs").isNotZero();
            assertThat(whileRunning.output()).contains("is Shamy still running? Stop it first.");
            assertThat(backupFile).as("no backup file left by the refused backup").doesNotExist();
            assertThat(work.resolve("shamy.zip.partial")).doesNotExist();
        }
        Map<String, Long> rowsBackedUp = h2RowCounts(originalData);
        Run backup = run(embeddedVariables(originalData), "scripts/backup-embedded.sh", backupFile.toString());
        assertThat(backup.exit()).as(backup.output()).isZero();
        assertThat(rowsBackedUp).containsKeys("SHAMY.PROJECT_REPORT", "SHAMY.REPORT_OUTBOX",
                "SHAMY.flyway_schema_history", "PUBLIC.ACT_RU_TASK", "PUBLIC.ACT_ID_USER");
        log.info("Backed up {} reports, {} tables, {} bytes", reports.size(), rowsBackedUp.size(),
                Files.size(backupFile));

        Run intoOld = run(embeddedVariables(originalData), "scripts/restore-embedded.sh", backupFile.toString());
        assertThat(intoOld.exit()).isNotZero();
        assertThat(intoOld.output()).contains("already holds a database").contains("nothing was changed");
        Path besideAnIndex = work.resolve("stale");
        Files.createDirectories(besideAnIndex.resolve("index"));
        Run refused = run(embeddedVariables(besideAnIndex), "scripts/restore-embedded.sh", backupFile.toString());
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("holds an index of another database");
        assertThat(besideAnIndex.resolve("shamy.mv.db")).doesNotExist();
        Path notABackup = Files.writeString(work.resolve("notes.zip"), "not a backup");
        Run garbage = run(embeddedVariables(work.resolve("garbage")), "scripts/restore-embedded.sh",
                notABackup.toString());
        assertThat(garbage.exit()).isNotZero();
        assertThat(garbage.output()).contains("could not be restored");
        assertThat(work.resolve("garbage")).isEmptyDirectory();

        Run restore = run(embeddedVariables(restoredData), "scripts/restore-embedded.sh", backupFile.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(h2RowCounts(restoredData)).as("rows per table after the restore").isEqualTo(rowsBackedUp);
        assertThat(restoredData.resolve("index")).doesNotExist();

        try (RunningShamy shamy = RunningShamy.start("--shamy.data-dir=" + restoredData,
                "--shamy.search.index-dir=" + restoredData.resolve("index"), "--shamy.demo-data=false")) {
            assertThat(shamy.searchableReports().keySet()).isEqualTo(reports.keySet());
            assertThat(shamy.foundBySearch(reports.values())).as("reports found after the restore")
                    .isEqualTo(reports.keySet());
            log.info("After the restore: {} of {} reports found by search", reports.size(), reports.size());
        }
    }
}
