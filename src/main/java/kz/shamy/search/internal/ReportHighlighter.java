package kz.shamy.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter.OffsetSource;

/**
 * Best passages of each hit's stored language field, with the matches of the folded field (and of the exact
 * field, when a word has no folded form) marked too, as their text and offsets are the same; through
 * {@link MarkingPassageFormatter}. The texts are the ones the search already read for its hits, not read again.
 */
class ReportHighlighter {

    static final int PASSAGES = 3;
    /**
     * Passages end between words near this many characters: sentence boundaries alone let a report written
     * without full stops (lists, notes) come back as one passage of its whole text.
     */
    static final int PASSAGE_LENGTH = 180;
    /** Long reports are highlighted within their first 100,000 characters. */
    private static final int MAX_LENGTH = 100_000;
    private static final Set<String> MASKED = Set.of(ReportFields.TEXT_FOLD, ReportFields.TEXT_EXACT);
    private static final PassageBm25 SCORER = new PassageBm25();

    private ReportHighlighter() {
    }

    /**
     * The passages of each hit, in {@code docIds} order; {@code fields[i]} is hit i's language field and
     * {@code texts[i]} its stored text (null when it has none).
     */
    static List<List<String>> highlight(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds,
            String[] fields, String[] texts) throws IOException {
        return highlight(searcher, analyzer, query, docIds, fields, texts, PASSAGES);
    }

    /** As {@link #highlight(IndexSearcher, Analyzer, Query, int[], String[], String[])}, the best {@code most}. */
    static List<List<String>> highlight(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds,
            String[] fields, String[] texts, int most) throws IOException {
        List<List<String>> result = new ArrayList<>(docIds.length);
        Set<String> present = new LinkedHashSet<>();
        for (int i = 0; i < docIds.length; i++) {
            result.add(List.of());
            if (texts[i] != null && !texts[i].isEmpty()) {
                present.add(fields[i]);
            }
        }
        if (present.isEmpty()) {
            return result;
        }
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkingPassageFormatter())
                .withScorer(SCORER)
                // offsets straight from each term's postings; Weight.matches() builds a searcher, a weight and
                // matchers over the whole query for every hit
                .withWeightMatches(false)
                .withMaxLength(MAX_LENGTH)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new WordStartBreakIterator(), PASSAGE_LENGTH, 0.5f))
                .withMaskedFieldsFunc(field -> present.contains(field) ? MASKED : Set.of()),
                docIds, fields, texts);
        String[] highlighted = present.toArray(String[]::new);
        int[] passages = new int[highlighted.length];
        Arrays.fill(passages, most);
        Map<String, Object[]> byField = highlighter.objects(highlighted, query, docIds, passages);
        for (int i = 0; i < docIds.length; i++) {
            Object[] ofField = byField.get(fields[i]);
            if (ofField != null && ofField[i] instanceof List<?> list) {
                result.set(i, list.stream().map(String::valueOf).toList());
            }
        }
        return result;
    }

    /** Opens the highlighter's per-passage objects, and gives it the texts the search has already read. */
    private static final class Highlighter extends UnifiedHighlighter {

        private final Map<Integer, Integer> hitOfDoc = new java.util.HashMap<>();
        private final String[] fieldOfHit;
        private final String[] textOfHit;

        Highlighter(Builder builder, int[] docIds, String[] fields, String[] texts) {
            super(builder);
            for (int i = 0; i < docIds.length; i++) {
                hitOfDoc.put(docIds[i], i);
            }
            this.fieldOfHit = fields;
            this.textOfHit = texts;
        }

        Map<String, Object[]> objects(String[] fields, Query query, int[] docIds, int[] maxPassages)
                throws IOException {
            return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
        }

        /**
         * Every text field is indexed with offsets in its postings and no term vectors (ReportDocuments), so that is
         * where offsets come from; Lucene would merge every segment's field infos for each search to find out.
         */
        @Override
        protected OffsetSource getOffsetSource(String field) {
            return field.startsWith(ReportFields.TEXT_PREFIX) && !field.equals(ReportFields.TEXT_PAIRS)
                    ? OffsetSource.POSTINGS : super.getOffsetSource(field);
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                int cacheCharsThreshold) throws IOException {
            List<CharSequence[]> values = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                int hit = hitOfDoc.get(doc);
                CharSequence[] ofDoc = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String text = textOfHit[hit];
                    if (text != null && fields[f].equals(fieldOfHit[hit])) {
                        ofDoc[f] = text.length() > getMaxLength() ? text.substring(0, getMaxLength()) : text;
                    }
                }
                values.add(ofDoc);
            }
            return values;
        }
    }
}
