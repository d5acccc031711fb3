package kz.shamy.search.internal;

import kz.shamy.search.analysis.ShamyAnalyzers;
import org.apache.lucene.analysis.Analyzer;
import org.springframework.stereotype.Component;

/**
 * The index's analysis: Shamy's own Kazakh (both scripts, light stemming), Russian and English analyzers,
 * the cross-script folded key, and exact words (see docs/KAZAKH-ANALYSIS.md). One instance per
 * application; the analyzers are thread-safe and closed with it.
 */
@Component
public class ShamyReportAnalysis implements ReportAnalysis, AutoCloseable {

    private final ShamyAnalyzers analyzers = new ShamyAnalyzers();

    @Override
    public Analyzer language(String language) {
        return analyzers.language(ShamyAnalyzers.supports(language) ? language : "kk");
    }

    @Override
    public Analyzer folded() {
        return analyzers.folded();
    }

    @Override
    public Analyzer exact() {
        return analyzers.exact();
    }

    @Override
    public Analyzer pairs() {
        return analyzers.pairs();
    }

    @Override
    public void close() {
        analyzers.close();
    }
}
