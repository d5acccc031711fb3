package kz.shamy.search.internal;

import kz.shamy.search.SearchDocument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * {@link FacetPass} over {@link ReportFacets#DIMENSIONS} and one more, declared here only: a report's first keyword,
 * the way a sixth dimension would be added to the list.
 */
class FacetPassTests {

    private static final String KEYWORD = "keyword";
    private static final List<FacetDimension> SIX = withKeyword();

    @Test
    void aDeclaredSixthDimensionIsCountedAfterTheFiveInItsPlace() throws IOException {
        try (ByteBuffersDirectory dir = indexed(reports())) {
            Map<String, Map<String, Long>> facets = facets(dir, Map.of());

            assertThat(facets).containsOnlyKeys(ReportFields.REGION, ReportFields.SCHOOL, ReportFields.SUBJECT,
                    ReportFields.YEAR, ReportFields.LANGUAGE, KEYWORD);
            assertThat(new ArrayList<>(facets.keySet())).last().isEqualTo(KEYWORD);
            assertThat(facets.get(KEYWORD)).containsExactly(entry("lesson study", 3L), entry("mentoring", 1L));
            assertThat(facets.get(ReportFields.REGION)).containsExactly(entry("Abai Region", 3L),
                    entry("Turkistan Region", 1L));
            assertThat(facets.get(ReportFields.LANGUAGE)).containsExactly(entry("kk", 2L), entry("en", 1L),
                    entry("ru", 1L));
        }
    }

    @Test
    void aFilterOnTheSixthDimensionNarrowsTheOthersAndCountsItsOwnSideways() throws IOException {
        try (ByteBuffersDirectory dir = indexed(reports())) {
            Map<String, Map<String, Long>> facets = facets(dir, Map.of(KEYWORD, "mentoring"));

            assertThat(facets.get(ReportFields.REGION)).containsExactly(entry("Turkistan Region", 1L));
            assertThat(facets.get(KEYWORD)).as("its own dimension keeps its other values")
                    .containsExactly(entry("lesson study", 3L), entry("mentoring", 1L));
        }
    }

    @Test
    void aFilterOnOneOfTheFiveNarrowsTheSixth() throws IOException {
        try (ByteBuffersDirectory dir = indexed(reports())) {
            Map<String, Map<String, Long>> facets = facets(dir, Map.of(ReportFields.LANGUAGE, "kk"));

            assertThat(facets.get(KEYWORD)).containsExactly(entry("lesson study", 1L), entry("mentoring", 1L));
            assertThat(facets.get(ReportFields.LANGUAGE)).containsExactly(entry("kk", 2L), entry("en", 1L),
                    entry("ru", 1L));
        }
    }

    private static Map<String, Map<String, Long>> facets(ByteBuffersDirectory dir, Map<String, String> filters)
            throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            FacetOrdinals ordinals = FacetOrdinals.of(reader, new FacetOrdinals.SegmentCache(SIX));
            FacetPass.Result result = new IndexSearcher(reader).search(new MatchAllDocsQuery(),
                    new FacetPass(ordinals, filters, null));
            return result.facets(10, false);
        }
    }

    /** Each report's value in each dimension, as {@link ReportDocuments} writes the five; in two segments. */
    private static ByteBuffersDirectory indexed(List<SearchDocument> reports) throws IOException {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            for (SearchDocument report : reports) {
                Document doc = new Document();
                for (FacetDimension dimension : SIX) {
                    String value = dimension.value().apply(report);
                    if (value != null) {
                        doc.add(new KeywordField(dimension.field(), value, Field.Store.NO));
                    }
                }
                writer.addDocument(doc);
                writer.commit();
            }
        }
        return dir;
    }

    private static List<SearchDocument> reports() {
        return List.of(
                report(1, "Abai Region", "kk", "lesson study"),
                report(2, "Abai Region", "ru", "lesson study"),
                report(3, "Abai Region", "en", "lesson study"),
                report(4, "Turkistan Region", "kk", "mentoring"));
    }

    private static SearchDocument report(long id, String region, String language, String keyword) {
        return new SearchDocument(id, "Report " + id, "Author " + id, "School " + id, region, "Biology", "2025-2026",
                language, "", "", List.of(keyword), true, List.of(), id);
    }

    private static List<FacetDimension> withKeyword() {
        List<FacetDimension> dimensions = new ArrayList<>(ReportFacets.DIMENSIONS);
        dimensions.add(new FacetDimension(KEYWORD, report -> report.keywords().get(0)));
        return List.copyOf(dimensions);
    }
}
