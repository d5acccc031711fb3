package kz.shamy.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Did-you-mean from the index's own words: each word of the query that the exact field does not hold is
 * replaced by its nearest indexed word. A suggestion is offered only when it finds more reports the
 * caller may see than the query did, so words from drafts they may not read never leak through it.
 */
class Suggestions {

    /** How many visible reports a candidate query finds. */
    @FunctionalInterface
    interface VisibleCount {
        long of(UserQuery candidate) throws IOException;
    }

    private final Analyzer exact;

    Suggestions(Analyzer exact) {
        this.exact = exact;
    }

    String didYouMean(IndexSearcher searcher, UserQuery query, long total, VisibleCount count) throws IOException {
        DirectSpellChecker spelling = new DirectSpellChecker();
        IndexReader reader = searcher.getIndexReader();
        boolean changed = false;
        List<UserQuery.Clause> clauses = new ArrayList<>();
        for (UserQuery.Clause clause : query.clauses()) {
            if (clause.negated()) {
                clauses.add(clause);
                continue;
            }
            List<UserQuery.Atom> atoms = new ArrayList<>();
            for (UserQuery.Atom atom : clause.alternatives()) {
                List<String> words = new ArrayList<>();
                for (String word : atom.text().split(" ")) {
                    String corrected = correct(spelling, reader, word);
                    changed |= !corrected.equals(word);
                    words.add(corrected);
                }
                atoms.add(new UserQuery.Atom(String.join(" ", words), atom.phrase()));
            }
            clauses.add(new UserQuery.Clause(List.copyOf(atoms), false));
        }
        if (!changed) {
            return null;
        }
        UserQuery candidate = new UserQuery(List.copyOf(clauses));
        return count.of(candidate) > total ? candidate.render() : null;
    }

    private String correct(DirectSpellChecker spelling, IndexReader reader, String word) throws IOException {
        List<String> tokens = tokens(word);
        if (tokens.size() != 1) {
            return word;
        }
        Term term = new Term(ReportFields.TEXT_EXACT, tokens.get(0));
        if (reader.docFreq(term) > 0) {
            return word;
        }
        SuggestWord[] best = spelling.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return best.length == 0 ? word : best[0].string;
    }

    private List<String> tokens(String word) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = exact.tokenStream(ReportFields.TEXT_EXACT, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }
}
