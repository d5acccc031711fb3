package kz.shamy.reports.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxEntryRepository extends JpaRepository<OutboxEntry, Long> {

    /** Entries to apply after {@code sequence}: set-aside ones are passed over. */
    List<OutboxEntry> findBySequenceGreaterThanAndFailedAtIsNullOrderBySequence(Long sequence, Pageable page);

    @Query("select coalesce(max(e.sequence), 0) from OutboxEntry e")
    long latestSequence();

    /** How many entries after {@code sequence} wait to be applied, and when the oldest was written: one row. */
    @Query("select count(e), min(e.createdAt) from OutboxEntry e where e.sequence > :sequence and e.failedAt is null")
    List<Object[]> backlogAfter(long sequence);

    List<OutboxEntry> findByReportIdOrderBySequence(Long reportId);

    /** Entries set aside by the indexer and not retried, oldest first. */
    List<OutboxEntry> findByFailedAtIsNotNullAndRetriedAtIsNullOrderBySequence();
}
