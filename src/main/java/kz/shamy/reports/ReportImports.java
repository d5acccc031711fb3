package kz.shamy.reports;

import kz.shamy.reports.internal.ArchiveRecord;
import kz.shamy.reports.internal.ArchiveRecordReader;
import kz.shamy.reports.internal.ImportBody;
import kz.shamy.reports.internal.ImportError;
import kz.shamy.reports.internal.ImportJob;
import kz.shamy.reports.internal.ImportJobs;
import kz.shamy.reports.internal.ReportLanguageGuess;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import kz.shamy.shared.BoundedExecutors;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.NodeName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the archive of earlier years: every record is checked, the good ones are saved as published
 * reports in batches of {@value #BATCH}, each batch its own transaction (so a large import shows progress
 * and a failure loses at most one batch). Up to {@value #SYNCHRONOUS_UP_TO} records run while the caller
 * waits; a larger import runs on one background thread and is followed through its job, which is stored
 * ({@link ImportJobs}) with each batch's counts in the batch's transaction: after a restart the job still
 * answers, marked INTERRUPTED with what was committed when the process stopped.
 */
@Service
public class ReportImports implements DisposableBean {

    static final int BATCH = 500;
    static final int SYNCHRONOUS_UP_TO = 1000;
    /** Finished jobs are kept this long, then forgotten when the next import starts. */
    static final Duration KEPT = Duration.ofDays(90);
    private static final Logger log = LoggerFactory.getLogger(ReportImports.class);

    private final Reports reports;
    private final ImportJobs jobs;
    private final ArchiveRecordReader reader;
    private final TransactionTemplate batches;
    private final Clock clock;
    /** Jobs started before this instant were run by an earlier process. */
    private final Instant processStartedAt;
    /** This node's name in a cluster: the job table says which node runs each import. */
    private final String node;
    /** A RUNNING job whose node has not said it is alive for this long is taken as cut short. */
    private final Duration staleAfter;
    /** Jobs of this process that are running or waiting for the background thread. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    /** One import at a time, two more waiting; beyond that the caller is asked to come back. */
    private final ThreadPoolExecutor background = BoundedExecutors.of("report-import", 1, 2);

    ReportImports(Reports reports, ImportJobs jobs, ReportLanguageGuess languageGuess,
            PlatformTransactionManager transactions, Clock clock, NodeName node,
            @Value("${shamy.imports.stale-after:PT2M}") Duration staleAfter) {
        this.node = node.name();
        this.staleAfter = staleAfter;
        this.clock = clock;
        this.processStartedAt = clock.instant();
        this.reports = reports;
        this.jobs = jobs;
        this.reader = new ArchiveRecordReader(languageGuess);
        this.batches = new TransactionTemplate(transactions);
    }

    /**
     * Imports cut short by this node's previous end are marked INTERRUPTED before anyone asks for them, and so are
     * any node's imports whose heartbeat is stale; another node's running import is left alone.
     */
    @EventListener(ApplicationStartedEvent.class)
    void markInterruptedImports() {
        Instant now = clock.instant();
        List<String> interrupted = jobs.interruptLeftovers(node, processStartedAt, now.minus(staleAfter), now);
        if (!interrupted.isEmpty()) {
            log.warn("Archive imports {} were still running when their node last stopped; they are marked "
                    + "INTERRUPTED with the counts of the batches they committed", interrupted);
        }
    }

    /**
     * Every {@code shamy.imports.heartbeat}: this node's running imports say they are alive, and any node's import
     * silent for {@code shamy.imports.stale-after} (its node was killed or lost) is marked INTERRUPTED.
     */
    @Scheduled(fixedDelayString = "${shamy.imports.heartbeat:PT15S}", initialDelayString = "${shamy.imports.heartbeat:PT15S}")
    void heartbeat() {
        Instant now = clock.instant();
        jobs.heartbeat(Set.copyOf(running), now);
        List<String> stale = jobs.interruptStale(now.minus(staleAfter), now);
        if (!stale.isEmpty()) {
            log.warn("Archive imports {} have not been heard from for {}: their node stopped; they are marked "
                    + "INTERRUPTED with the counts of the batches they committed", stale, staleAfter);
        }
    }

    /** Imports the records now, or starts a background job when there are many; the job says which. */
    public ImportJob start(List<ImportBody.Line> lines, String importedBy) {
        jobs.forgetFinishedBefore(clock.instant().minus(KEPT));
        ImportJob job = new ImportJob(lines.size(), importedBy, clock.instant());
        jobs.started(job, node);
        running.add(job.id());
        if (lines.size() <= SYNCHRONOUS_UP_TO) {
            run(job, lines);
            return job;
        }
        try {
            background.execute(() -> run(job, lines));
        } catch (RejectedExecutionException e) {
            running.remove(job.id());
            jobs.forget(job.id());
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
        jobs.started(job, node);
        running.add(job.id());
        run(job, lines);
        ImportJob.Progress progress = job.progress();
        progress.errors().forEach(error -> log.warn("archive import by {}: line {} refused: {} {}", importedBy,
                error.line(), error.field(), error.message()));
        return progress.imported();
    }

    /** A job of this process or an earlier one, as stored. */
    public Optional<ImportJob.Progress> progress(String id) {
        return jobs.progress(id);
    }

    public static boolean runsInBackground(int records) {
        return records > SYNCHRONOUS_UP_TO;
    }

    private void run(ImportJob job, List<ImportBody.Line> lines) {
        try {
            runBatches(job, lines);
        } finally {
            running.remove(job.id());
        }
    }

    private void runBatches(ImportJob job, List<ImportBody.Line> lines) {
        try {
            for (int from = 0; from < lines.size(); from += BATCH) {
                if (stopping) {
                    // left RUNNING: this node's next start-up (or any node, once its heartbeat is stale) marks it
                    // INTERRUPTED with what the batches committed
                    log.warn("archive import {} stops with Shamy after {} of {} records", job.id(), from,
                            lines.size());
                    return;
                }
                importBatch(job, lines.subList(from, Math.min(lines.size(), from + BATCH)));
            }
            job.finished(clock.instant());
            jobs.ended(job.id(), ImportJob.Status.DONE, null, clock.instant());
        } catch (RuntimeException e) {
            if (stopping) {
                log.warn("archive import {} was cut short as Shamy stopped", job.id(), e);
                return;
            }
            log.error("archive import {} failed", job.id(), e);
            job.failed(e.getMessage(), clock.instant());
            try {
                jobs.ended(job.id(), ImportJob.Status.FAILED, e.getMessage(), clock.instant());
            } catch (RuntimeException notStored) {
                log.error("archive import {}: its failure could not be stored", job.id(), notStored);
            }
        }
    }

    /**
     * Checks and saves one batch; its progress shows all at once when the batch is done, and is stored in the
     * transaction that saves its reports.
     */
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
        refused.sort(Comparator.comparingInt(errors -> errors.get(0).line()));
        int imported = 0;
        try {
            batches.executeWithoutResult(status -> {
                if (!good.isEmpty()) {
                    reports.importArchive(good, job.startedBy());
                }
                jobs.batchDone(job.id(), good.size(), refused, clock.instant());
            });
            imported = good.size();
        } catch (RuntimeException e) {
            if (good.isEmpty()) {
                throw e;
            }
            // the batch's transaction rolled back: none of its records is saved, and each says so
            log.warn("archive import {}: a batch of {} could not be saved", job.id(), good.size(), e);
            goodLines.forEach(line -> refused.add(List.of(new ImportError(line, null,
                    "could not be saved: " + e.getMessage()))));
            refused.sort(Comparator.comparingInt(errors -> errors.get(0).line()));
            jobs.batchDone(job.id(), 0, refused, clock.instant());
        }
        job.batchDone(imported, refused);
    }

    @Override
    public void destroy() {
        stopping = true;
        background.shutdownNow();
    }
}
