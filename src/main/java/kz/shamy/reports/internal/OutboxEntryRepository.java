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

    List<OutboxEntry> findByReportIdOrderBySequence(Long reportId);

    /** Entries set aside by the indexer and not retried, oldest first. */
    List<OutboxEntry> findByFailedAtIsNotNullAndRetriedAtIsNullOrderBySequence();
}
