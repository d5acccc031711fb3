package kz.shamy.search.internal;

import java.util.List;
import kz.shamy.shared.Languages;
import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzers the index and the queries use, in one place so that swapping the analysis is one class:
 * the index asks only this interface ({@link ShamyReportAnalysis} answers with Shamy's own Kazakh, Russian
 * and English analysis from {@code kz.shamy.search.analysis}).
 * Implementations return thread-safe, reusable analyzers (Lucene analyzers are).
 */
public interface ReportAnalysis {

    /** The languages a report may be written in; each has its own stemmed field. */
    List<String> LANGUAGES = Languages.CODES;

    /** Stemming analysis for one of {@link #LANGUAGES}. */
    Analyzer language(String language);

    /** Both Kazakh scripts and keyboard look-alikes mapped to one key, so мектеп, mektep and мектеп typed on a Russian keyboard meet. */
    Analyzer folded();

    /** Lower-cased words only, no stemming or folding: exact letters rank highest and feed did-you-mean. */
    Analyzer exact();

    /** Pairs of neighbouring {@link #folded()} words as single tokens, no single words: two-word phrases as one term. */
    Analyzer pairs();
}
