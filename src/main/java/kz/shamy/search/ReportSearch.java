package kz.shamy.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import kz.shamy.shared.NotFound;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.springframework.stereotype.Service;

/**
 * Searches the reports a person may see: one query with the visibility and facet filters inside it, so
 * totals, facet counts and pages only ever count what the caller may read; a chosen facet's own dimension is
 * counted sideways ({@link FacetCounts}).
 */
@Service
class ReportSearch {

    static final int SIMILAR = 10;
    /** Below this many hits, a did-you-mean is looked for. */
    static final int FEW_HITS = 3;
    private static final Sort NEWEST = new Sort(new SortField(ReportFields.UPDATED, SortField.Type.LONG, true));

    private final ReportIndex index;
    private final ReportQueries queries;
    private final Suggestions suggestions;
    private final Analyzer analyzer;

    ReportSearch(ReportIndex index, ReportQueries queries, ReportAnalysis analysis) {
        this.index = index;
        this.queries = queries;
        this.analyzer = ReportFields.analyzer(analysis);
        this.suggestions = new Suggestions(analysis.exact());
    }

    SearchResponse search(SearchRequest request, String username) {
        UserQuery userQuery = UserQuery.parse(request.q());
        Query text = queries.text(userQuery);
        Query query = ReportQueries.trimmed(text, username, request.facetFilters());
        int window = (request.page() + 1) * request.size();
        boolean scoreApart = !request.newest() && userQuery.hasPositivePhrase();
        return index.withSearcher(searcher -> {
            FacetsCollector matches;
            TopDocs topDocs;
            long total;
            if (scoreApart) {
                // a phrase is cheap to match and dear to score (its words over every field): every match is
                // counted and faceted unscored, then only the documents that can still reach the page are scored
                matches = searcher.search(query, new FacetsCollectorManager());
                total = matches.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
                topDocs = searcher.search(query, new TopScoreDocCollectorManager(window, null, window));
            } else {
                // words: one pass scores and facets every match, cheaper here than two passes
                CollectorManager<?, ? extends TopDocs> top = request.newest()
                        ? new TopFieldCollectorManager(NEWEST, window, null, Integer.MAX_VALUE)
                        : new TopScoreDocCollectorManager(window, null, Integer.MAX_VALUE);
                Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
                topDocs = (TopDocs) results[0];
                matches = (FacetsCollector) results[1];
                total = topDocs.totalHits.value;
            }
            if (request.newest()) {
                TopFieldCollector.populateScores(topDocs.scoreDocs, searcher, query);
            }
            ScoreDoc[] page = Arrays.copyOfRange(topDocs.scoreDocs,
                    Math.min(request.page() * request.size(), topDocs.scoreDocs.length), topDocs.scoreDocs.length);
            List<SearchResponse.Hit> hits = hits(searcher, page,
                    ReportHighlighter.highlight(searcher, analyzer, queries.highlighted(userQuery), docIds(page)));
            String suggestion = total < FEW_HITS && userQuery.hasPositive()
                    ? suggestions.didYouMean(searcher, userQuery, total,
                            candidate -> searcher.count(ReportQueries.trimmed(queries.text(candidate), username,
                                    request.facetFilters())))
                    : null;
            return new SearchResponse(total, hits, FacetCounts.sideways(searcher, matches, text, username,
                    request.facetFilters()), suggestion);
        });
    }

    /** The reports most like {@code reportId} that {@code username} may see; not found when they may not see it. */
    List<SearchResponse.Hit> similar(long reportId, String username) {
        return index.withSearcher(searcher -> {
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
            return hits(searcher, docs, noHighlights);
        });
    }

    private static int[] docIds(ScoreDoc[] docs) {
        return Arrays.stream(docs).mapToInt(d -> d.doc).toArray();
    }

    private static List<SearchResponse.Hit> hits(ReportSearcher searcher, ScoreDoc[] docs,
            List<List<String>> highlights) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<SearchResponse.Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Document d = stored.document(docs[i].doc);
            hits.add(new SearchResponse.Hit(Long.parseLong(d.get(ReportFields.ID)), d.get(ReportFields.TITLE),
                    d.get(ReportFields.AUTHOR), d.get(ReportFields.SCHOOL), d.get(ReportFields.REGION),
                    d.get(ReportFields.SUBJECT), d.get(ReportFields.YEAR), d.get(ReportFields.LANGUAGE),
                    Float.isNaN(docs[i].score) ? 0f : docs[i].score, highlights.get(i)));
        }
        return hits;
    }
}
