package kz.shamy.search;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where the index gets its documents: the database, which is the source of truth. The reports feature
 * provides it; search reads, and writes back only how applying an entry failed. Every change to a
 * searchable report writes an outbox entry in the same transaction as the change.
 */
public interface SearchSource {

    /** Outbox entries after {@code sequence} that are not set aside, oldest first, at most {@code max}. */
    List<IndexChange> changesAfter(long sequence, int max);

    /** The newest outbox sequence, or 0 when the outbox is empty. */
    long latestSequence();

    /**
     * What the indexer has still to apply after {@code sequence} (set-aside entries are not counted): one cheap
     * query over the outbox's newest rows, for health and metrics.
     */
    Backlog backlogAfter(long sequence);

    /** The document for a report as it is now; empty when the report no longer exists or is not searchable. */
    Optional<SearchDocument> document(long reportId);

    /** How many reports are searchable now: what a complete index holds. */
    long count();

    /** Every searchable report, in report id order, for a rebuild. */
    void forEach(Consumer<SearchDocument> consumer);

    /**
     * Counts one failed attempt at applying {@code change}, keeping {@code error} (the last one wins); the
     * number of attempts that have failed so far.
     */
    int failedAttempt(IndexChange change, String error);

    /** Sets {@code change} aside after its last failed attempt: listed for administrators; the indexer moves past it. */
    void setAside(IndexChange change);

    /**
     * A report whose document the index refused while the whole index was rebuilt: recorded as a change set
     * aside at once (a new entry, which the indexer passes over), so administrators see it with the others and
     * retry it once the report is fixed.
     */
    void refused(long reportId, String error);

    /**
     * Writes a {@link IndexChange.Kind#REBUILD} entry: every node's indexer, reaching it, rebuilds its index from
     * the database. Returns the entry.
     */
    IndexChange requestRebuild();

    /** The changes set aside and not yet retried, oldest first. */
    List<FailedChange> failedChanges();

    /**
     * Takes set-aside change {@code sequence} off the list and writes a new outbox entry for its report, which
     * the indexer applies in turn like any other; empty when no such change is set aside.
     */
    Optional<IndexChange> retry(long sequence);

    /** {@code changes} outbox entries waiting, the oldest written at {@code oldest} (null when none wait). */
    record Backlog(long changes, Instant oldest) {

        public static final Backlog NONE = new Backlog(0, null);
    }
}
