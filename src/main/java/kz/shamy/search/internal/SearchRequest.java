package kz.shamy.search.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.shamy.shared.InvalidRequest;

/**
 * What a search asks for, checked: page from 0, size 1 to {@value #MAX_SIZE}, sort relevance or newest, a
 * known language. The text itself is never refused (see {@link UserQuery}).
 *
 * @param facetFilters the chosen value by facet dimension ({@link FacetDimension#field}), in
 *        {@link ReportFacets#DIMENSIONS} order, blanks left out
 */
public record SearchRequest(String q, Map<String, String> facetFilters, String sort, int page, int size) {

    static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 10;
    /** Deeper than this, people refine rather than page; keeps a request's cost bounded. */
    static final int MAX_WINDOW = 10_000;
    private static final int MAX_FILTER_CHARS = 200;

    public SearchRequest {
        facetFilters = facetFilters == null ? Map.of() : facetFilters;
        if (page < 0) {
            throw new InvalidRequest("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequest("size", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) (page + 1) * size > MAX_WINDOW) {
            throw new InvalidRequest("page", "page × size may not pass " + MAX_WINDOW + " results");
        }
        sort = blank(sort) ? "relevance" : sort;
        if (!sort.equals("relevance") && !sort.equals("newest")) {
            throw new InvalidRequest("sort", "sort must be relevance or newest");
        }
        String language = facetFilters.get(ReportFields.LANGUAGE);
        if (!blank(language) && !ReportAnalysis.LANGUAGES.contains(language)) {
            throw new InvalidRequest("language", "language must be one of " + ReportAnalysis.LANGUAGES);
        }
        facetFilters.forEach((field, value) -> {
            if (!field.equals(ReportFields.LANGUAGE) && value != null && value.length() > MAX_FILTER_CHARS) {
                throw new InvalidRequest(null, "a filter value may have at most " + MAX_FILTER_CHARS + " characters");
            }
        });
        facetFilters = chosen(facetFilters);
    }

    public boolean newest() {
        return sort.equals("newest");
    }

    /** The chosen facet values by field, in the dimensions' order, blanks left out. */
    private static Map<String, String> chosen(Map<String, String> filters) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (FacetDimension dimension : ReportFacets.DIMENSIONS) {
            String value = filters.get(dimension.field());
            if (!blank(value)) {
                chosen.put(dimension.field(), value);
            }
        }
        if (filters.keySet().stream().anyMatch(field -> !blank(filters.get(field)) && !chosen.containsKey(field))) {
            throw new IllegalArgumentException("Not a facet dimension among " + filters.keySet());
        }
        return Collections.unmodifiableMap(chosen);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
