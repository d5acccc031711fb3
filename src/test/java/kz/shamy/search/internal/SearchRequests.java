package kz.shamy.search.internal;

import java.util.HashMap;
import java.util.Map;

/** Search requests for tests, with the five facet filters of {@link ReportFacets} by name (null: not chosen). */
final class SearchRequests {

    private SearchRequests() {
    }

    static SearchRequest of(String q, String language, String region, String school, String subject, String year,
            String sort, int page, int size) {
        Map<String, String> filters = new HashMap<>();
        filters.put(ReportFields.LANGUAGE, language);
        filters.put(ReportFields.REGION, region);
        filters.put(ReportFields.SCHOOL, school);
        filters.put(ReportFields.SUBJECT, subject);
        filters.put(ReportFields.YEAR, year);
        return new SearchRequest(q, filters, sort, page, size);
    }
}
