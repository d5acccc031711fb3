package kz.shamy.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The baseline a team would build with Lucene's stock analyzers alone: one text field per language, analyzed by
 * {@link StandardAnalyzer} (Kazakh: Lucene has no Kazakh analyzer), {@link RussianAnalyzer} and
 * {@link EnglishAnalyzer}; a report's title, summary, keywords and body go into its language's field. A query is
 * read with Shamy's query language ({@link UserQuery}: clauses all required, OR inside a clause, {@code -} excludes,
 * quotes make a phrase), each word or phrase analyzed by all three analyzers against their fields; BM25; the same
 * visibility rule and language/region filters as Shamy's.
 */
final class StockLucene {

    /** One report as the baseline indexes it. */
    record Doc(String key, String language, String region, boolean published, String reader, String text) {
    }

    private static final Map<String, Analyzer> BY_FIELD = Map.of("kk", new StandardAnalyzer(), "ru",
            new RussianAnalyzer(), "en", new EnglishAnalyzer());

    private final IndexSearcher searcher;

    StockLucene(List<Doc> docs) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(
                new PerFieldAnalyzerWrapper(new StandardAnalyzer(), BY_FIELD)))) {
            for (Doc d : docs) {
                Document doc = new Document();
                doc.add(new StringField("key", d.key(), Field.Store.YES));
                doc.add(new StringField("language", d.language(), Field.Store.NO));
                doc.add(new StringField("region", d.region(), Field.Store.NO));
                doc.add(new StringField("reader", d.published() ? "*" : d.reader(), Field.Store.NO));
                doc.add(new TextField(BY_FIELD.containsKey(d.language()) ? d.language() : "kk", d.text(),
                        Field.Store.NO));
                writer.addDocument(doc);
            }
            searcher = new IndexSearcher(DirectoryReader.open(writer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> search(String q, String language, String region, String user, int k) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        boolean positive = false;
        for (UserQuery.Clause clause : UserQuery.parse(q).clauses()) {
            BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
            for (UserQuery.Atom atom : clause.alternatives()) {
                BY_FIELD.forEach((field, analyzer) -> {
                    Query one = atom(field, analyzer, atom);
                    if (one != null) {
                        alternatives.add(one, Occur.SHOULD);
                    }
                });
            }
            BooleanQuery built = alternatives.build();
            if (built.clauses().isEmpty()) {
                continue; // stop words only
            }
            bool.add(built, clause.negated() ? Occur.MUST_NOT : Occur.MUST);
            positive |= !clause.negated();
        }
        if (!positive) {
            bool.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        bool.add(new BooleanQuery.Builder().add(new TermQuery(new Term("reader", "*")), Occur.SHOULD)
                .add(new TermQuery(new Term("reader", user)), Occur.SHOULD).build(), Occur.FILTER);
        if (language != null) {
            bool.add(new TermQuery(new Term("language", language)), Occur.FILTER);
        }
        if (region != null) {
            bool.add(new TermQuery(new Term("region", region)), Occur.FILTER);
        }
        try {
            List<String> keys = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(bool.build(), k).scoreDocs) {
                keys.add(searcher.storedFields().document(hit.doc).get("key"));
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A word (its tokens, all required) or a phrase (its tokens in order) in one field; null when nothing is left. */
    private static Query atom(String field, Analyzer analyzer, UserQuery.Atom atom) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, atom.text())) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            return new TermQuery(new Term(field, tokens.get(0)));
        }
        if (atom.phrase()) {
            return new PhraseQuery(field, tokens.toArray(String[]::new));
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        tokens.forEach(t -> all.add(new TermQuery(new Term(field, t)), Occur.MUST));
        return all.build();
    }
}
