package kz.shamy.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link UserQuery} into Lucene queries: each word is looked for in every language's stemmed field,
 * the folded field and the exact field, each phrase in the exact and folded fields, the best field counting
 * (exact over stemmed over folded); and writes the filter clauses (who may see what, the chosen facets).
 */
@Component
class ReportQueries {

    static final float EXACT_BOOST = 3f;
    static final float STEMMED_BOOST = 2f;
    static final float FOLDED_BOOST = 1f;
    /** A little credit for matching in more than one field, mostly it is the best field's score. */
    private static final float TIE_BREAKER = 0.1f;

    /** Analyses text with each field's own analyzer (the index's), so query and index words meet. */
    private final QueryBuilder builder;

    ReportQueries(ReportAnalysis analysis) {
        Analyzer analyzer = ReportFields.analyzer(analysis);
        this.builder = new QueryBuilder(analyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /**
     * The text part of a search: what the words ask for, scored. A phrase is scored as its words are and
     * required as a phrase by an unscored filter: scoring a phrase means counting every occurrence of it in
     * every report that holds it (on the benchmark corpus 120 ms for a phrase in half the reports), while a
     * filter stops at the first occurrence, and the ranking of reports that all hold the phrase rests on
     * their words anyway.
     */
    Query text(UserQuery query) {
        return text(query, true);
    }

    /** The same query with phrases as plain phrase queries, so the highlighter marks only the phrase. */
    Query highlighted(UserQuery query) {
        return text(query, false);
    }

    private Query text(UserQuery query, boolean phrasesAsFilters) {
        if (query.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        boolean positive = false;
        boolean positiveAsked = false;
        for (UserQuery.Clause clause : query.clauses()) {
            if (clause.negated()) {
                Query excluded = alternatives(clause, false);
                if (excluded != null) {
                    bool.add(excluded, Occur.MUST_NOT);
                }
                continue;
            }
            positiveAsked = true;
            Query alternatives = alternatives(clause, phrasesAsFilters);
            if (alternatives != null) {
                bool.add(alternatives, Occur.MUST);
                positive = true;
            }
        }
        if (!positive) {
            if (positiveAsked) {
                // only punctuation or other text no field keeps: nothing can match it
                return new MatchNoDocsQuery("no searchable words");
            }
            bool.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return bool.build();
    }

    private Query alternatives(UserQuery.Clause clause, boolean phrasesAsFilters) {
        List<Query> any = new ArrayList<>();
        for (UserQuery.Atom atom : clause.alternatives()) {
            Query q = phrasesAsFilters ? scored(atom) : atom(atom);
            if (q != null) {
                any.add(q);
            }
        }
        if (any.isEmpty()) {
            return null;
        }
        if (any.size() == 1) {
            return any.get(0);
        }
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        any.forEach(q -> or.add(q, Occur.SHOULD));
        return or.setMinimumNumberShouldMatch(1).build();
    }

    /**
     * A word as {@link #atom}; a phrase as an unscored filter that decides what matches, scored by its words.
     * The words are optional clauses: every report the phrase matches holds them, so they only add their
     * scores, and the phrase, not five fields' worth of word postings, leads the matching.
     */
    private Query scored(UserQuery.Atom atom) {
        Query phrase = atom(atom);
        if (!atom.phrase() || phrase == null) {
            return phrase;
        }
        BooleanQuery.Builder scoredPhrase = new BooleanQuery.Builder().add(phrase, Occur.FILTER);
        for (String word : atom.text().split(" ")) {
            Query q = atom(new UserQuery.Atom(word, false));
            if (q != null) {
                scoredPhrase.add(q, Occur.SHOULD);
            }
        }
        return scoredPhrase.build();
    }

    /**
     * One word over every text field, or a quoted phrase over the exact and folded fields only; null when no
     * field keeps any of its tokens. A phrase checks the positions of every report holding all its words, once
     * per field: the exact field finds the words as typed, the folded field their Kazakh forms in either script,
     * and the language stems would add little but a third and fourth pass over the same candidates.
     */
    Query atom(UserQuery.Atom atom) {
        List<Query> fields = new ArrayList<>();
        add(fields, ReportFields.TEXT_EXACT, atom.text(), EXACT_BOOST);
        if (!atom.phrase()) {
            for (String field : ReportFields.languageFields()) {
                add(fields, field, atom.text(), STEMMED_BOOST);
            }
        }
        add(fields, ReportFields.TEXT_FOLD, atom.text(), FOLDED_BOOST);
        return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, TIE_BREAKER);
    }

    private void add(List<Query> fields, String field, String text, float boost) {
        // a phrase, or a word the analyzer splits (e-mail, 2025-2026): the tokens in order
        Query q = builder.createPhraseQuery(field, text);
        if (q != null) {
            fields.add(new BoostQuery(q, boost));
        }
    }

    /** Who may see a report: published ones for everybody signed in, a draft for its readers. */
    static Query visibleTo(String username) {
        return new BooleanQuery.Builder()
                .add(KeywordField.newExactQuery(ReportFields.PUBLISHED, "true"), Occur.SHOULD)
                .add(KeywordField.newExactQuery(ReportFields.READER, username), Occur.SHOULD)
                .setMinimumNumberShouldMatch(1)
                .build();
    }

    /** The text query, restricted to what {@code username} may see and to the chosen facet values. */
    static Query trimmed(Query text, String username, Map<String, String> facetFilters) {
        BooleanQuery.Builder bool = new BooleanQuery.Builder().add(text, Occur.MUST)
                .add(visibleTo(username), Occur.FILTER);
        facetFilters.forEach((field, value) -> bool.add(KeywordField.newExactQuery(field, value), Occur.FILTER));
        return bool.build();
    }
}
