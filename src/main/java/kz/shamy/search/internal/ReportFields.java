package kz.shamy.search.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/** The index's field names, in one place: documents, queries, facets and highlighting all use these. */
public final class ReportFields {

    /** The report id: a KeywordField (one untokenized term plus doc values), the key updateDocument replaces by. */
    static final String ID = "id";
    /** Shown in hits only: stored, not searched on their own (their words reach the text fields). */
    static final String TITLE = "title";
    static final String AUTHOR = "author";
    /**
     * Facets ({@link ReportFacets} lists them): a KeywordField each: an exact term for the filter clause, sorted-set doc values that
     * {@link FacetOrdinals} reads into arrays to count, and stored for hits. The same value also goes into
     * Lucene's {@code $facets} field (SortedSetDocValuesFacetField), which nothing reads any more; its path
     * check is what refuses an over-long facet value today, so dropping it waits for the next schema change.
     */
    public static final String REGION = "region";
    static final String SCHOOL = "school";
    static final String SUBJECT = "subject";
    static final String YEAR = "year";
    static final String LANGUAGE = "language";
    /** Security trimming: "true"/"false" as a KeywordField term, so visibility is a filter clause in the query. */
    static final String PUBLISHED = "published";
    /** Security trimming: one KeywordField term per username who may read a draft. */
    static final String READER = "reader";
    /** Sort by newest: numeric doc values only (column-stride, no postings needed). */
    static final String UPDATED = "updated";
    /**
     * Title, summary, keywords and body as one text, analyzed with the document language's stemmer into
     * {@code text_kk}, {@code text_ru} or {@code text_en}; stored with offsets in postings so the
     * UnifiedHighlighter marks matches without re-analysing.
     */
    static final String TEXT_PREFIX = "text_";
    /** The same text folded across scripts and keyboards; offsets indexed, not stored (highlights borrow the language field's). */
    static final String TEXT_FOLD = "text_fold";
    /** The same text, lower-cased words only; offsets indexed, not stored. */
    static final String TEXT_EXACT = "text_exact";
    /** The same text as pairs of neighbouring folded words; documents only (no frequencies, positions or norms). */
    public static final String TEXT_PAIRS = "text_pairs";

    private ReportFields() {
    }

    static String text(String language) {
        return TEXT_PREFIX + language;
    }

    static List<String> languageFields() {
        return ReportAnalysis.LANGUAGES.stream().map(ReportFields::text).toList();
    }

    /** Facets are single-valued and flat; dimension names are the field names. */
    static FacetsConfig facetsConfig() {
        return new FacetsConfig();
    }

    /** The analyzer for each text field, for indexing, query building, highlighting and more-like-this. */
    public static Analyzer analyzer(ReportAnalysis analysis) {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String language : ReportAnalysis.LANGUAGES) {
            perField.put(text(language), analysis.language(language));
        }
        perField.put(TEXT_FOLD, analysis.folded());
        perField.put(TEXT_PAIRS, analysis.pairs());
        return new PerFieldAnalyzerWrapper(analysis.exact(), perField);
    }
}
