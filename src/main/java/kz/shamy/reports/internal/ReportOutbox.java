package kz.shamy.reports.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import kz.shamy.search.IndexChange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the outbox the search index is fed from, always inside the transaction of the change it records
 * (MANDATORY: there is no outbox row without the change, nor a change without its row).
 *
 * <p>Order: a writer first locks the single {@code report_outbox_lock} row and holds it until its
 * transaction ends, so outbox sequences are handed out and committed one writer at a time. A reader that
 * has seen sequence n therefore never later sees a smaller sequence appear (a rolled-back writer leaves a
 * gap, never a late arrival), and the indexer may safely remember the last sequence it applied.
 */
@Component
public class ReportOutbox {

    @PersistenceContext
    private EntityManager entityManager;
    private final OutboxEntryRepository entries;
    private final Clock clock;

    ReportOutbox(OutboxEntryRepository entries, Clock clock) {
        this.clock = clock;
        this.entries = entries;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(Long reportId) {
        write(reportId, IndexChange.Kind.UPSERT);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void removed(Long reportId) {
        write(reportId, IndexChange.Kind.DELETE);
    }

    /** The same change as {@code entry} once more, as a new entry: an administrator's retry of a set-aside one. */
    @Transactional(propagation = Propagation.MANDATORY)
    OutboxEntry again(OutboxEntry entry) {
        return write(entry.getReportId(), entry.getKind());
    }

    /** A request that every node rebuild its index (no report: id 0). */
    @Transactional(propagation = Propagation.MANDATORY)
    OutboxEntry rebuild() {
        return write(0L, IndexChange.Kind.REBUILD);
    }

    /** A report the index refused in a rebuild: an entry set aside as it is written, for administrators to see. */
    @Transactional(propagation = Propagation.MANDATORY)
    OutboxEntry refused(Long reportId, String error) {
        OutboxEntry entry = write(reportId, IndexChange.Kind.UPSERT);
        entry.failedAttempt(error);
        entry.setAside(clock.instant());
        return entry;
    }

    private OutboxEntry write(Long reportId, IndexChange.Kind kind) {
        // re-entrant within one transaction: the lock is already ours after the first change
        entityManager.find(OutboxLock.class, OutboxLock.ID, LockModeType.PESSIMISTIC_WRITE);
        return entries.save(new OutboxEntry(reportId, kind, clock.instant()));
    }
}
