package kz.shamy.search.internal;

import kz.shamy.search.SearchDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search's facet dimensions, in the order the API and the page list them. Adding one is a line here (its field
 * and how a report's value is read) and its label, {@code search.facet.<field>}, in the three message bundles; the
 * index then needs rebuilding ({@link ReportDocuments#SCHEMA}).
 */
final class ReportFacets {

    static final List<FacetDimension> DIMENSIONS = List.of(
            new FacetDimension(ReportFields.REGION, SearchDocument::region),
            new FacetDimension(ReportFields.SCHOOL, SearchDocument::school),
            new FacetDimension(ReportFields.SUBJECT, SearchDocument::subject),
            new FacetDimension(ReportFields.YEAR, SearchDocument::year),
            new FacetDimension(ReportFields.LANGUAGE, ReportDocuments::languageOf, "search.language."));

    private ReportFacets() {
    }

    /** For the page: the prefix of the bundle keys naming each dimension's values, for those that have one. */
    static Map<String, String> valueMessages() {
        Map<String, String> prefixes = new HashMap<>();
        DIMENSIONS.stream().filter(d -> d.valueMessages() != null).forEach(d -> prefixes.put(d.field(), d.valueMessages()));
        return prefixes;
    }
}
