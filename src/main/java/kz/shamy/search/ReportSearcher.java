package kz.shamy.search;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher with its facet ordinals: built once per reader refresh, not once per query, because mapping
 * facet values to ordinals reads every segment's doc values.
 */
class ReportSearcher extends IndexSearcher {

    private final SortedSetDocValuesReaderState facetState;

    ReportSearcher(IndexReader reader) {
        super(reader);
        this.facetState = facetState(reader);
    }

    /** Null while no document has a facet value yet. */
    SortedSetDocValuesReaderState facetState() {
        return facetState;
    }

    private static SortedSetDocValuesReaderState facetState(IndexReader reader) {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, ReportFields.facetsConfig());
        } catch (IllegalArgumentException | IOException e) {
            return null;
        }
    }
}
