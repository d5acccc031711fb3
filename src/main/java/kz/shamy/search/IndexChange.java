package kz.shamy.search;

/**
 * One row of the reports' outbox: report {@code reportId} changed (or was removed) in the transaction
 * that wrote outbox entry {@code sequence}. Sequences only grow, so the indexer applies them in order and
 * remembers the last one it applied.
 */
public record IndexChange(long sequence, long reportId, Kind kind) {

    public enum Kind {
        /** The report is new or changed: index the document {@link SearchSource#document} gives now. */
        UPSERT,
        /** The report is gone or may no longer be found: remove it from the index. */
        DELETE,
        /**
         * An administrator asked for the index to be rebuilt from the database ({@code reportId} 0): every node
         * that reads the entry rebuilds its own index, so one request reaches each node of a cluster.
         */
        REBUILD
    }
}
