package kz.shamy.search;

import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Best passages of each hit's stored language field, with the matches of the folded and exact fields
 * marked too (their text and offsets are the same), through {@link MarkingPassageFormatter}.
 */
class ReportHighlighter {

    static final int PASSAGES = 3;
    /**
     * Passages end at word boundaries near this many characters: sentence boundaries alone let a report
     * written without full stops (lists, notes) come back as one passage of its whole text.
     */
    static final int PASSAGE_LENGTH = 180;
    /** Long reports are highlighted within their first 100,000 characters. */
    private static final int MAX_LENGTH = 100_000;
    private static final String[] FIELDS = ReportFields.languageFields().toArray(String[]::new);

    private ReportHighlighter() {
    }

    static List<List<String>> highlight(IndexSearcher searcher, Analyzer analyzer, Query text, int[] docIds)
            throws IOException {
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkingPassageFormatter())
                .withMaxLength(MAX_LENGTH)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f))
                .withMaskedFieldsFunc(field -> field.startsWith(ReportFields.TEXT_PREFIX)
                        && !field.equals(ReportFields.TEXT_FOLD) && !field.equals(ReportFields.TEXT_EXACT)
                        ? Set.of(ReportFields.TEXT_FOLD, ReportFields.TEXT_EXACT) : Set.of()));
        int[] passages = new int[FIELDS.length];
        java.util.Arrays.fill(passages, PASSAGES);
        Map<String, Object[]> byField = highlighter.objects(FIELDS, text, docIds, passages);
        List<List<String>> result = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            List<String> found = List.of();
            for (String field : FIELDS) {
                Object value = byField.get(field)[i];
                if (value instanceof List<?> list && !list.isEmpty()) {
                    found = list.stream().map(String::valueOf).toList();
                    break;
                }
            }
            result.add(found);
        }
        return result;
    }

    /** Opens the highlighter's per-passage objects, which the public API only gives as strings. */
    private static final class Highlighter extends UnifiedHighlighter {

        Highlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] maxPassages)
                throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }
    }
}
