package kz.shamy.search.internal;

import kz.shamy.search.SearchSource;
import org.springframework.context.ApplicationContext;

/** For tests outside this package: how many documents the running application's report index holds. */
public final class IndexedReports {

    private IndexedReports() {
    }

    public static long count(ApplicationContext context) {
        return context.getBean(ReportIndex.class).count();
    }

    /** Whether the index holds every report the source has (the indexer has caught up with the outbox). */
    public static boolean caughtUp(ApplicationContext context) {
        return count(context) == context.getBean(SearchSource.class).count();
    }
}
