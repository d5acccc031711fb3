package kz.shamy.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class FacetOrdinalsTests {

    @Test
    void everyDocumentsValuesComeBackFromItsPackedLongAcrossSegments() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            writer.addDocument(doc("Abai Region", "School 1", "Biology", "2024-2025", "kk"));
            writer.addDocument(doc("Turkistan Region", "School 2", null, "2023-2024", "ru"));
            writer.commit();
            writer.addDocument(doc("Abai Region", "School 3", "Chemistry", "2024-2025", "en"));
            writer.commit();
            FacetOrdinals.SegmentCache cache = new FacetOrdinals.SegmentCache();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSize(2);
                FacetOrdinals ordinals = FacetOrdinals.of(reader, cache);

                assertThat(values(ordinals, reader)).containsExactly(
                        List.of("Abai Region", "School 1", "Biology", "2024-2025", "kk"),
                        List.of("Turkistan Region", "School 2", "-", "2023-2024", "ru"),
                        List.of("Abai Region", "School 3", "Chemistry", "2024-2025", "en"));
                assertThat(ordinals.values(0)).isEqualTo(2);
                assertThat(ordinals.ordinal(0, "Turkistan Region")).isEqualTo(1);
                assertThat(ordinals.ordinal(0, "Nowhere")).isEqualTo(FacetOrdinals.MISSING);
                assertThat(cache.segments()).isEqualTo(2);
            }
        }
    }

    @Test
    void aRefreshReadsOnlyNewSegmentsAndClosedSegmentsLeaveTheCache() throws IOException {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
            FacetOrdinals.SegmentCache cache = new FacetOrdinals.SegmentCache();
            writer.addDocument(doc("Abai Region", "School 1", "Biology", "2024-2025", "kk"));
            writer.commit();
            DirectoryReader first = DirectoryReader.open(dir);
            FacetOrdinals.of(first, cache);
            int[] firstSegment = cache.segmentOrdinals(first.leaves().get(0).reader(), 0);

            writer.addDocument(doc("Turkistan Region", "School 2", "Physics", "2023-2024", "ru"));
            writer.commit();
            DirectoryReader second = DirectoryReader.openIfChanged(first);
            FacetOrdinals ordinals = FacetOrdinals.of(second, cache);
            assertThat(cache.segments()).isEqualTo(2);
            assertThat(cache.segmentOrdinals(second.leaves().get(0).reader(), 0))
                    .as("the unchanged segment's arrays are reused, not read again").isSameAs(firstSegment);
            assertThat(values(ordinals, second)).hasSize(2);

            writer.forceMerge(1);
            writer.commit();
            DirectoryReader merged = DirectoryReader.openIfChanged(second);
            first.close();
            second.close();
            FacetOrdinals.of(merged, cache);
            assertThat(cache.segments()).as("only the merged segment is left").isEqualTo(1);
            merged.close();
            assertThat(cache.segments()).isZero();
        }
    }

    private static List<List<String>> values(FacetOrdinals ordinals, DirectoryReader reader) {
        return reader.leaves().stream().flatMap(leaf -> docs(ordinals, leaf).stream()).toList();
    }

    private static List<List<String>> docs(FacetOrdinals ordinals, LeafReaderContext leaf) {
        long[] packed = ordinals.leaf(leaf.ord);
        return java.util.stream.IntStream.range(0, leaf.reader().maxDoc()).mapToObj(doc -> {
            List<String> values = new java.util.ArrayList<>();
            for (int d = 0; d < ReportFacets.DIMENSIONS.size(); d++) {
                int ordinalPlusOne = (int) (packed[doc] >>> ordinals.shift(d) & ordinals.mask(d));
                values.add(ordinalPlusOne == 0 ? "-" : ordinals.label(d, ordinalPlusOne - 1));
            }
            return values;
        }).toList();
    }

    private static Document doc(String region, String school, String subject, String year, String language) {
        Document doc = new Document();
        String[] values = {region, school, subject, year, language};
        for (int d = 0; d < values.length; d++) {
            if (values[d] != null) {
                doc.add(new KeywordField(ReportFacets.DIMENSIONS.get(d).field(), values[d], Field.Store.NO));
            }
        }
        return doc;
    }
}
