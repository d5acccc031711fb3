package kz.shamy.search.internal;

import kz.shamy.search.FailedChange;
import kz.shamy.search.SearchSource;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, compares the index with the database and repairs it before the application is called ready:
 * a missing or unreadable index is filled from the database; one ahead of the database (a restored backup)
 * is rebuilt, and so is one written with an older document schema (other fields); one behind
 * catches up from the outbox, and if it still does not hold what the database counts (the outbox was
 * pruned past it), it is rebuilt.
 */
@Component
public class IndexStartupCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexStartupCheck.class);

    private final ReportIndex index;
    private final ReportIndexer indexer;
    private final Reindexer reindexer;
    private final SearchSource source;

    public IndexStartupCheck(ReportIndex index, ReportIndexer indexer, Reindexer reindexer, SearchSource source) {
        this.index = index;
        this.indexer = indexer;
        this.reindexer = reindexer;
        this.source = source;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (index.openedWithoutIndex()) {
            log.info("No readable report index was found: indexing every report");
            reindexer.fillEmptyIndex();
            return;
        }
        String reason = problem();
        if (reason != null) {
            log.info("Rebuilding the report index: {}", reason);
            reindexer.rebuildNow();
        }
    }

    /** Why the index must be rebuilt, or null when catching up made it whole. */
    public String problem() {
        if (index.current().schema() != ReportDocuments.SCHEMA) {
            return "the index was written with document schema " + index.current().schema() + ", this version writes "
                    + ReportDocuments.SCHEMA;
        }
        long latest = source.latestSequence();
        if (index.current().sequence() > latest) {
            return "the index is ahead of the database's outbox (" + index.current().sequence() + " > " + latest + ")";
        }
        indexer.catchUp();
        long indexed = index.count();
        long expected = source.count();
        if (indexed == expected) {
            return null;
        }
        // reports the index refused are set aside and known to be missing: no reason to rebuild at every start
        long setAside = source.failedChanges().stream().map(FailedChange::reportId).distinct().count();
        if (indexed < expected && indexed >= expected - setAside) {
            log.warn("The index holds {} reports, the database {}: {} set aside as the index refused them "
                    + "(GET /api/search/outbox/failed)", indexed, expected, expected - indexed);
            return null;
        }
        return "the index holds " + indexed + " reports, the database " + expected;
    }
}
