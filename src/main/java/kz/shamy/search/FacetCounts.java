package kz.shamy.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.Query;

/**
 * A search's facet counts, drill-sideways: a dimension the search is filtered on is counted over the search
 * with every filter but its own, so the other values of that dimension stay on offer with their real counts
 * (a person filtering by one region can switch to another), while each other dimension is counted over the
 * search as filtered. One extra count per chosen filter; visibility is always applied.
 */
final class FacetCounts {

    static final int VALUES = 50;

    private FacetCounts() {
    }

    /** {@code filtered}: the facets collected by the search itself, all its filters applied. */
    static Map<String, Map<String, Long>> sideways(ReportSearcher searcher, FacetsCollector filtered, Query text,
            String username, Map<String, String> filters) throws IOException {
        Map<String, Map<String, Long>> facets = count(searcher, filtered, ReportFields.FACETS);
        for (String dim : filters.keySet()) {
            Map<String, String> others = new LinkedHashMap<>(filters);
            others.remove(dim);
            FacetsCollector sideways = searcher.search(ReportQueries.trimmed(text, username, others),
                    new FacetsCollectorManager());
            facets.put(dim, count(searcher, sideways, List.of(dim)).get(dim));
        }
        return facets;
    }

    /** The top values of each of {@code dims} among the documents {@code collector} saw, most frequent first. */
    private static Map<String, Map<String, Long>> count(ReportSearcher searcher, FacetsCollector collector,
            List<String> dims) throws IOException {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        dims.forEach(dim -> facets.put(dim, new LinkedHashMap<>()));
        if (searcher.facetState() == null) {
            return facets;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(searcher.facetState(), collector);
        for (String dim : dims) {
            FacetResult result;
            try {
                result = counts.getTopChildren(VALUES, dim);
            } catch (IllegalArgumentException noSuchDimensionYet) {
                continue;
            }
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    facets.get(dim).put(lv.label, lv.value.longValue());
                }
            }
        }
        return facets;
    }
}
