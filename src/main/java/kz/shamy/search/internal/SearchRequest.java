package kz.shamy.search.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.shamy.shared.InvalidRequest;

/**
 * What a search asks for, checked: page from 0, size 1 to {@value #MAX_SIZE}, sort relevance or newest, a
 * known language. The text itself is never refused (see {@link UserQuery}).
 */
public record SearchRequest(String q, String language, String region, String school, String subject, String year,
        String sort, int page, int size) {

    static final int MAX_SIZE = 100;
    static final int DEFAULT_SIZE = 10;
    /** Deeper than this, people refine rather than page; keeps a request's cost bounded. */
    static final int MAX_WINDOW = 10_000;
    private static final int MAX_FILTER_CHARS = 200;

    public SearchRequest {
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
        if (!blank(language) && !ReportAnalysis.LANGUAGES.contains(language)) {
            throw new InvalidRequest("language", "language must be one of " + ReportAnalysis.LANGUAGES);
        }
        for (String value : new String[] {region, school, subject, year}) {
            if (value != null && value.length() > MAX_FILTER_CHARS) {
                throw new InvalidRequest(null, "a filter value may have at most " + MAX_FILTER_CHARS + " characters");
            }
        }
    }

    public boolean newest() {
        return sort.equals("newest");
    }

    /** The chosen facet values by field, blanks left out. */
    public Map<String, String> facetFilters() {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, ReportFields.REGION, region);
        put(filters, ReportFields.SCHOOL, school);
        put(filters, ReportFields.SUBJECT, subject);
        put(filters, ReportFields.YEAR, year);
        put(filters, ReportFields.LANGUAGE, language);
        return filters;
    }

    private static void put(Map<String, String> filters, String field, String value) {
        if (!blank(value)) {
            filters.put(field, value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
