package kz.shamy.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.shamy.search.SimilarReports;
import kz.shamy.shared.NotFound;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Searches the reports a person may see: one query with the visibility and facet filters inside it, so
 * totals, facet counts and pages only ever count what the caller may read; a chosen facet's own dimension is
 * counted sideways ({@link FacetPass}).
 */
@Service
public class ReportSearch implements SimilarReports {

    /**
     * How much a concept's wording in another language counts in {@link #like(String, int)}, against a word of
     * the text in a report's own words (1): a search ranks a report in the typed words first, but reports alike in
     * language share many plain words, so one concept of the text found across languages must outweigh several of
     * them. On judged set 2's 150 concerns (SecondJudgedSetTests): topic recall@5 0.26 at 1, 0.40 at 2, 0.45 at 4;
     * leaving out more common words, or weighting concepts found in the text's own language too, did no better.
     */
    static final float LIKE_TRANSLATION_BOOST = 4f;

    static final int SIMILAR = 10;
    /** The most frequent values shown per facet dimension. */
    public static final int FACET_VALUES = 50;
    /** Below this many hits, a did-you-mean is looked for. */
    static final int FEW_HITS = 3;
    /**
     * A wording in at least this share of the reports, and in at least {@link #COMMON_AT_LEAST} of them, is not
     * added in another language (issue 14): on the 100,000-report benchmark, `teacher` went from 11,510 to 95,027
     * matches with its Kazakh and Russian wordings. A thousand more matches cost well under a millisecond to count.
     */
    static final double COMMON_SHARE = 0.2;
    static final int COMMON_AT_LEAST = 1_000;
    private static final Sort NEWEST = new Sort(new SortField(ReportFields.UPDATED, SortField.Type.LONG, true));

    private final ReportIndex index;
    private final SearchPool pool;
    private final ReportQueries queries;
    private final Suggestions suggestions;
    private final Analyzer analyzer;

    public ReportSearch(ReportIndex index, ReportQueries queries, ReportAnalysis analysis, SearchPool pool) {
        this.index = index;
        this.pool = pool;
        this.queries = queries;
        this.analyzer = ReportFields.analyzer(analysis);
        this.suggestions = new Suggestions(analysis.exact());
    }

    /** Facet values named for a reader of the language this thread's request was made in. */
    SearchResponse search(SearchRequest request, String username) {
        return search(request, username, LocaleContextHolder.getLocale());
    }

    /** Facet values merged across spellings and named in {@code reader}'s script ({@link FacetKeys}). */
    SearchResponse search(SearchRequest request, String username, Locale reader) {
        boolean latinReader = FacetKeys.readsLatin(reader);
        // all of it on the pool, the analysis of the words too: the caller only waits
        return pool.run(() -> searchNow(request, username, latinReader));
    }

    private SearchResponse searchNow(SearchRequest request, String username, boolean latinReader) {
        UserQuery userQuery = UserQuery.parse(request.q());
        int window = (request.page() + 1) * request.size();
        return index.withSearcher(searcher -> {
            // another language's wording of a concept that most reports hold is left out, by this searcher's counts
            ReportQueries.Commonness common = common(searcher);
            Query text = queries.text(userQuery, common);
            Query visibleMatches = ReportQueries.trimmed(queries.matching(userQuery, common), username, Map.of());
            // a chosen facet value selects every spelling of it that this searcher's reports carry
            Map<String, List<String>> spellings = new LinkedHashMap<>();
            List<FacetDimension> dimensions = searcher.facets().dimensions();
            for (int d = 0; d < dimensions.size(); d++) {
                String value = request.facetFilters().get(dimensions.get(d).field());
                if (value != null) {
                    spellings.put(dimensions.get(d).field(), searcher.facets().spellings(d, value));
                }
            }
            Query query = ReportQueries.trimmedToSpellings(text, username, spellings);
            // 1. unscored: every visible match once, for the exact total, the facets (drill-sideways) and, newest
            // first, the page; nothing here is scored, so the words need not be looked up in every field
            TopFieldCollectorManager newest = request.newest()
                    ? new TopFieldCollectorManager(NEWEST, window, null, Integer.MAX_VALUE) : null;
            FacetPass.Result counted = searcher.search(visibleMatches,
                    new FacetPass(searcher.facets(), request.facetFilters(), newest));
            long total = counted.total;
            // 2. by relevance: only the page is asked for, so Lucene may skip blocks of documents whose best
            // possible score cannot reach it (block-max WAND); the total is already known from the first pass
            TopDocs topDocs;
            if (request.newest()) {
                topDocs = (TopDocs) counted.inner;
                TopFieldCollector.populateScores(topDocs.scoreDocs, searcher, query);
            } else {
                topDocs = total == 0 ? new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0])
                        : searcher.search(query, new TopScoreDocCollectorManager(window, null, window));
            }
            ScoreDoc[] page = Arrays.copyOfRange(topDocs.scoreDocs,
                    Math.min(request.page() * request.size(), topDocs.scoreDocs.length), topDocs.scoreDocs.length);
            List<SearchResponse.Hit> hits = highlightedHits(searcher, page, userQuery);
            // the full matches end on this page (or there are none) and leave room: reports that match part of the
            // query follow them
            if (!request.newest() && total < window && (page.length > 0 || request.page() == 0)) {
                hits = new ArrayList<>(hits);
                hits.addAll(partialHits(searcher, userQuery, common, username, spellings, topDocs.scoreDocs,
                        request.size() - page.length));
            }
            String suggestion = total < FEW_HITS && userQuery.hasPositive()
                    ? suggestions.didYouMean(searcher, userQuery, total,
                            candidate -> searcher.count(ReportQueries.trimmedToSpellings(queries.text(candidate, common),
                                    username, spellings)))
                    : null;
            return new SearchResponse(total, hits, counted.facets(FACET_VALUES, latinReader), suggestion);
        });
    }

    /**
     * Up to {@code room} reports that {@code username} may see, within the chosen facet values, that hold part of
     * what the query asks for ({@link ReportQueries#partial}) and are not among its full matches ({@code full}, all
     * of them, since they are fewer than the window), best first.
     */
    private List<SearchResponse.Hit> partialHits(ReportSearcher searcher, UserQuery userQuery,
            ReportQueries.Commonness common, String username, Map<String, List<String>> spellings, ScoreDoc[] full,
            int room) throws IOException {
        Query partial = room <= 0 ? null : queries.partial(userQuery, common);
        if (partial == null) {
            return List.of();
        }
        Set<Integer> shown = new HashSet<>();
        for (ScoreDoc d : full) {
            shown.add(d.doc);
        }
        ScoreDoc[] found = searcher.search(ReportQueries.trimmedToSpellings(partial, username, spellings),
                full.length + room).scoreDocs;
        ScoreDoc[] more = Arrays.stream(found).filter(d -> !shown.contains(d.doc)).limit(room).toArray(ScoreDoc[]::new);
        Document[] stored = stored(searcher, more);
        List<List<String>> passages = passages(searcher, queries.highlighted(userQuery.loosened(), common), more,
                stored, ReportHighlighter.PASSAGES);
        return hits(more, stored, passages, true);
    }

    /** The reports most like {@code reportId} that {@code username} may see; not found when they may not see it. */
    public List<SearchResponse.Hit> similar(long reportId, String username) {
        return pool.run(() -> index.withSearcher(searcher -> {
            Query visible = ReportQueries.visibleTo(username);
            Query self = new TermQuery(ReportDocuments.idTerm(reportId));
            TopDocs found = searcher.search(new BooleanQuery.Builder().add(self, Occur.MUST)
                    .add(visible, Occur.FILTER).build(), 1);
            if (found.scoreDocs.length == 0) {
                throw new NotFound("Report", reportId);
            }
            Document report = searcher.storedFields().document(found.scoreDocs[0].doc);
            String languageField = ReportFields.text(report.get(ReportFields.LANGUAGE));
            String content = report.get(languageField);
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {languageField, ReportFields.TEXT_FOLD});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(30);
            Map<String, Collection<Object>> fields = Map.of(languageField, List.of(content == null ? "" : content),
                    ReportFields.TEXT_FOLD, List.of(content == null ? "" : content));
            Query like = mlt.like(fields);
            Query query = new BooleanQuery.Builder().add(like, Occur.MUST).add(self, Occur.MUST_NOT)
                    .add(visible, Occur.FILTER).build();
            ScoreDoc[] docs = searcher.search(query, SIMILAR).scoreDocs;
            List<List<String>> noHighlights = new ArrayList<>();
            for (int i = 0; i < docs.length; i++) {
                noHighlights.add(List.of());
            }
            return hits(docs, stored(searcher, docs), noHighlights, false);
        }));
    }

    /**
     * Published reports like a text (a teacher's concern or plan as they write it), each with its passage most
     * like it; on the search pool, as a search is.
     */
    @Override
    public List<SimilarReport> like(String text, int limit) {
        if (text == null) {
            throw new IllegalArgumentException("a text is needed");
        }
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the text is longer than " + MAX_TEXT + " characters");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("the limit must be 1 to " + MAX_LIMIT);
        }
        return pool.run(() -> index.withSearcher(searcher -> like(searcher, text, limit, LIKE_TRANSLATION_BOOST)));
    }

    /** {@link #like(String, int)} on one searcher, with the weight of a concept's other languages' wordings. */
    List<SimilarReport> like(ReportSearcher searcher, String text, int limit, float translationBoost)
            throws IOException {
        ReportQueries.Likeness likeness = queries.like(text, searcher.getIndexReader(), common(searcher),
                translationBoost);
        Query published = KeywordField.newExactQuery(ReportFields.PUBLISHED, "true");
        Query query = new BooleanQuery.Builder().add(likeness.scored(), Occur.MUST).add(published, Occur.FILTER)
                .build();
        ScoreDoc[] docs = searcher.search(query, limit).scoreDocs;
        Document[] stored = stored(searcher, docs);
        List<List<String>> passages = passages(searcher, likeness.highlighted(), docs, stored, 1);
        List<SimilarReport> similar = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document d = stored[i];
            similar.add(new SimilarReport(Long.parseLong(d.get(ReportFields.ID)), d.get(ReportFields.TITLE),
                    d.get(ReportFields.AUTHOR), d.get(ReportFields.SCHOOL), d.get(ReportFields.YEAR),
                    d.get(ReportFields.LANGUAGE), passages.get(i).isEmpty() ? "" : passages.get(i).get(0)));
        }
        return similar;
    }

    private static int[] docIds(ScoreDoc[] docs) {
        return Arrays.stream(docs).mapToInt(d -> d.doc).toArray();
    }

    private static ReportQueries.Commonness common(ReportSearcher searcher) {
        return ReportQueries.Commonness.of(searcher.getIndexReader(), COMMON_SHARE, COMMON_AT_LEAST);
    }

    /** The page's hits with their highlights; each hit's stored fields are read once for both. */
    public List<SearchResponse.Hit> highlightedHits(ReportSearcher searcher, ScoreDoc[] page, UserQuery userQuery)
            throws IOException {
        Document[] stored = stored(searcher, page);
        return hits(page, stored, passages(searcher, queries.highlighted(userQuery, common(searcher)), page, stored,
                ReportHighlighter.PASSAGES), false);
    }

    /** The {@code most} best passages of each hit's text in its language, from the stored fields already read. */
    private List<List<String>> passages(ReportSearcher searcher, Query highlighted, ScoreDoc[] docs, Document[] stored,
            int most) throws IOException {
        String[] fields = new String[docs.length];
        String[] texts = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            fields[i] = ReportFields.text(stored[i].get(ReportFields.LANGUAGE));
            texts[i] = stored[i].get(fields[i]);
        }
        return ReportHighlighter.highlight(searcher, analyzer, highlighted, docIds(docs), fields, texts, most);
    }

    /** Each hit's stored fields. */
    private static Document[] stored(ReportSearcher searcher, ScoreDoc[] docs) throws IOException {
        StoredFields stored = searcher.storedFields();
        Document[] documents = new Document[docs.length];
        for (int i = 0; i < docs.length; i++) {
            documents[i] = stored.document(docs[i].doc);
        }
        return documents;
    }

    private static List<SearchResponse.Hit> hits(ScoreDoc[] docs, Document[] stored, List<List<String>> highlights,
            boolean partial) {
        List<SearchResponse.Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document d = stored[i];
            hits.add(new SearchResponse.Hit(Long.parseLong(d.get(ReportFields.ID)), d.get(ReportFields.TITLE),
                    d.get(ReportFields.AUTHOR), d.get(ReportFields.SCHOOL), d.get(ReportFields.REGION),
                    d.get(ReportFields.SUBJECT), d.get(ReportFields.YEAR), d.get(ReportFields.LANGUAGE),
                    Float.isNaN(docs[i].score) ? 0f : docs[i].score, highlights.get(i), partial));
        }
        return hits;
    }
}
