package kz.shamy.search.internal;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher with its facet values in arrays ({@link FacetOrdinals}): built once per reader refresh, not once per
 * query, reading only the segments the previous searcher did not have.
 */
public class ReportSearcher extends IndexSearcher {

    private final FacetOrdinals facets;

    ReportSearcher(IndexReader reader, FacetOrdinals.SegmentCache segments) throws IOException {
        super(reader);
        this.facets = FacetOrdinals.of(reader, segments);
    }

    public FacetOrdinals facets() {
        return facets;
    }
}
