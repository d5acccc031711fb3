package kz.shamy.search;

import java.time.Instant;

/**
 * An outbox entry the indexer set aside after it failed {@code attempts} times (the document made the
 * database, the analyzer or Lucene throw), so the entries after it could be applied. It stays listed for
 * administrators until it is retried.
 */
public record FailedChange(long sequence, long reportId, IndexChange.Kind kind, int attempts, String lastError,
        Instant failedAt) {
}
