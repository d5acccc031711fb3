package kz.shamy.reports;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import kz.shamy.shared.InvalidRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Imports the archive of earlier years: every record is checked, the good ones are saved as published
 * reports in batches of {@value #BATCH}, each batch its own transaction (so a large import shows progress
 * and a failure loses at most one batch). Up to {@value #SYNCHRONOUS_UP_TO} records run while the caller
 * waits; a larger import runs on one background thread and is followed through its job.
 */
@Service
public class ReportImports implements DisposableBean {

    static final int BATCH = 500;
    static final int SYNCHRONOUS_UP_TO = 1000;
    private static final Logger log = LoggerFactory.getLogger(ReportImports.class);

    private final Reports reports;
    private final ArchiveRecordReader reader;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
    /** One import at a time, two more waiting; beyond that the caller is asked to come back. */
    private final ThreadPoolExecutor background = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(2), runnable -> {
                Thread thread = new Thread(runnable, "report-import");
                thread.setDaemon(true);
                return thread;
            });

    ReportImports(Reports reports, ReportLanguageGuess languageGuess) {
        this.reports = reports;
        this.reader = new ArchiveRecordReader(languageGuess);
    }

    /** Imports the records now, or starts a background job when there are many; the job says which. */
    ImportJob start(List<ImportBody.Line> lines, String importedBy) {
        forgetOldJobs();
        ImportJob job = new ImportJob(lines.size(), importedBy, clock.instant());
        jobs.put(job.id(), job);
        if (lines.size() <= SYNCHRONOUS_UP_TO) {
            run(job, lines);
            return job;
        }
        try {
            background.execute(() -> run(job, lines));
        } catch (RejectedExecutionException e) {
            jobs.remove(job.id());
            throw new InvalidRequest(null, "three large imports are running or waiting; try again when one has "
                    + "finished");
        }
        return job;
    }

    /**
     * Imports JSON Lines (the format of {@code POST /api/reports/import}) while the caller waits, in batches of
     * {@value #BATCH}, joining the caller's transaction when there is one (demo seeding). Bad records are
     * logged and skipped, as the API would report them; returns how many reports were imported.
     */
    public int importJsonLines(String jsonLines, String importedBy) {
        List<ImportBody.Line> lines = ImportBody.jsonLines(jsonLines);
        ImportJob job = new ImportJob(lines.size(), importedBy, clock.instant());
        run(job, lines);
        ImportJob.Progress progress = job.progress();
        progress.errors().forEach(error -> log.warn("archive import by {}: line {} refused: {} {}", importedBy,
                error.line(), error.field(), error.message()));
        return progress.imported();
    }

    Optional<ImportJob> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    static boolean runsInBackground(int records) {
        return records > SYNCHRONOUS_UP_TO;
    }

    private void run(ImportJob job, List<ImportBody.Line> lines) {
        try {
            for (int from = 0; from < lines.size(); from += BATCH) {
                importBatch(job, lines.subList(from, Math.min(lines.size(), from + BATCH)));
            }
            job.finished(clock.instant());
        } catch (RuntimeException e) {
            log.error("archive import {} failed", job.id(), e);
            job.failed(e.getMessage(), clock.instant());
        }
    }

    /** Checks and saves one batch; its progress shows all at once when the batch is done. */
    private void importBatch(ImportJob job, List<ImportBody.Line> batch) {
        var good = new ArrayList<ArchiveRecord>();
        var goodLines = new ArrayList<Integer>();
        var refused = new ArrayList<List<ImportError>>();
        for (ImportBody.Line line : batch) {
            if (line.malformed() != null) {
                refused.add(List.of(new ImportError(line.line(), null, line.malformed())));
                continue;
            }
            ArchiveRecordReader.Reading reading = reader.read(line.line(), line.json());
            if (reading.ok()) {
                good.add(reading.record());
                goodLines.add(line.line());
            } else {
                refused.add(reading.errors());
            }
        }
        int imported = 0;
        if (!good.isEmpty()) {
            try {
                reports.importArchive(good, job.startedBy());
                imported = good.size();
            } catch (RuntimeException e) {
                // the batch's transaction rolled back: none of its records is saved, and each says so
                log.warn("archive import {}: a batch of {} could not be saved", job.id(), good.size(), e);
                goodLines.forEach(line -> refused.add(List.of(new ImportError(line, null,
                        "could not be saved: " + e.getMessage()))));
            }
        }
        refused.sort(Comparator.comparingInt(errors -> errors.get(0).line()));
        job.batchDone(imported, refused);
    }

    private void forgetOldJobs() {
        var dayAgo = clock.instant().minus(Duration.ofDays(1));
        jobs.values().removeIf(job -> job.finishedBefore(dayAgo));
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
