package kz.shamy.search.internal;

import kz.shamy.search.SearchDocument;
import java.util.function.Function;

/**
 * One facet of the search: what a report is counted and filtered by. {@link ReportFacets#DIMENSIONS} lists them;
 * indexing ({@link ReportDocuments}), the request ({@link SearchRequestResolver}), counting ({@link FacetPass}) and
 * the page loop over that list.
 *
 * @param field the index field that holds the value (a KeywordField: a term to filter by, sorted-set doc values to
 *        count); also the dimension's name: its query parameter, its key in a response's facets and in the message
 *        bundles ({@code search.facet.<field>})
 * @param value how a report's value is read for the index; null or blank when the report has none
 * @param valueMessages the prefix of the bundle keys that name its values on the page ({@code search.language.kk}),
 *        or null when a value is shown as the reports spell it
 */
record FacetDimension(String field, Function<SearchDocument, String> value, String valueMessages) {

    /** A dimension whose values are shown as the reports spell them. */
    FacetDimension(String field, Function<SearchDocument, String> value) {
        this(field, value, null);
    }
}
