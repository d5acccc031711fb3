package kz.shamy.search.internal;

import kz.shamy.search.SearchDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** Turns a {@link SearchDocument} into the Lucene document the index holds (fields: {@link ReportFields}). */
public final class ReportDocuments {

    /** Searched and highlighted: positions for phrases, offsets for the highlighter, stored for passages. */
    private static final FieldType STORED_TEXT = textType(true);
    /** Searched and lending offsets to the stored language field's highlights; not stored twice. */
    private static final FieldType UNSTORED_TEXT = textType(false);
    /** Only which documents hold a word pair: phrases use it as a filter, never to score. */
    private static final FieldType PAIRS = pairsType();

    /**
     * The version of the documents this class writes. Raise it whenever fields or their analysis change: an index
     * committed with another version is rebuilt at start-up ({@link IndexStartupCheck}).
     * 2: {@link ReportFields#TEXT_PAIRS}.
     * 3: the Kazakh stemmer strips the attributive locative (-дағы) and -ым after б, г or a plural.
     * 4: the folded key: ё is io (as in the 2021 Latin), a Latin c is ts before e, i, y and k elsewhere, ae is ә;
     *    the Kazakh stemmer takes -ды/-дың off after у; a word mixing Cyrillic and Latin twins (бiлiм) is one word.
     * 5: a Kazakh verb's forms get its verbal noun's key ({@code KazakhVerbs}): зерттеді, зерттеген = зерттеу.
     * 6: a borrowed noun's adjective in -иялық/-икалық gets the noun's key: экологиялық = экология.
     */
    public static final int SCHEMA = 6;

    private static final FacetsConfig FACETS = ReportFields.facetsConfig();

    private ReportDocuments() {
    }

    static Term idTerm(long reportId) {
        return new Term(ReportFields.ID, Long.toString(reportId));
    }

    static String languageOf(SearchDocument report) {
        String language = report.language();
        return ReportAnalysis.LANGUAGES.contains(language) ? language : ReportAnalysis.LANGUAGES.get(0);
    }

    /** The text every text field analyses: title, summary, keywords, body, one per line. */
    public static String text(SearchDocument report) {
        String keywords = report.keywords() == null ? "" : String.join(", ", report.keywords());
        return Stream.of(report.title(), report.summary(), keywords, report.body())
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining("\n"));
    }

    public static Document toDocument(SearchDocument report) {
        Document doc = new Document();
        doc.add(new KeywordField(ReportFields.ID, Long.toString(report.reportId()), Field.Store.YES));
        doc.add(new StoredField(ReportFields.TITLE, nullToEmpty(report.title())));
        doc.add(new StoredField(ReportFields.AUTHOR, nullToEmpty(report.author())));
        for (FacetDimension dimension : ReportFacets.DIMENSIONS) {
            facet(doc, dimension.field(), dimension.value().apply(report));
        }
        String language = languageOf(report);
        doc.add(new KeywordField(ReportFields.PUBLISHED, Boolean.toString(report.published()), Field.Store.NO));
        if (report.readers() != null) {
            report.readers().forEach(r -> doc.add(new KeywordField(ReportFields.READER, r, Field.Store.NO)));
        }
        doc.add(new NumericDocValuesField(ReportFields.UPDATED, report.updatedAt()));
        String text = text(report);
        doc.add(new Field(ReportFields.text(language), text, STORED_TEXT));
        doc.add(new Field(ReportFields.TEXT_FOLD, text, UNSTORED_TEXT));
        doc.add(new Field(ReportFields.TEXT_EXACT, text, UNSTORED_TEXT));
        doc.add(new Field(ReportFields.TEXT_PAIRS, text, PAIRS));
        try {
            return FACETS.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void facet(Document doc, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new KeywordField(field, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(field, value));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static FieldType pairsType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.freeze();
        return type;
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
