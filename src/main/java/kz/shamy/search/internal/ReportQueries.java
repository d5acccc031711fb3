package kz.shamy.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.shamy.search.analysis.KazakhLightStemmer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link UserQuery} into Lucene queries: each word is looked for in every language's stemmed field and
 * the folded field, each phrase in the folded and stemmed fields with a bonus for its exact letters, the best field
 * counting (stemmed over folded); and writes the filter clauses (who may see what, the chosen facets).
 */
@Component
public class ReportQueries {

    /**
     * A quoted phrase in the exact letters typed adds this to its score, as a constant: "зерттеу сабағы" ranks a
     * report saying "зерттеу сабағы" above one saying "зерттеу сабақтары", which the phrase also finds and whose
     * Kazakh keys are the same. (An English word's folded key keeps its ending, so English forms differ already.)
     */
    static final float EXACT_PHRASE_BONUS = 1f;
    static final float STEMMED_BOOST = 2f;
    static final float FOLDED_BOOST = 1f;
    /**
     * A word's score is its best field's alone. With no credit for the other fields a document cannot score
     * higher than its best field allows, so Lucene can skip blocks of documents whose best field cannot reach the
     * page (block-max WAND); a tie-breaker of 0.1 gave the same relevance (nDCG@10 0.977, MRR 1.000 on the judged
     * queries) and made every match be scored.
     */
    private static final float TIE_BREAKER = 0f;
    private static final String KAZAKH_FIELD = ReportFields.text("kk");
    /**
     * A word's other possible keys ({@link #otherKeys}: with or without -сы/-сі, ng as ң) are guesses at the same
     * word: they count for half a folded match, so reports holding the typed form rank first.
     */
    static final float SIBLING_BOOST = 0.5f;

    /**
     * A concept's other wordings (another language's, or a synonym) count for less than the words a person typed:
     * a report in the query's own words ranks above one on the same thing in another language. At 0.2, a
     * translation (scored at a stem's weight, 2) weighs 0.4, under the folded field's match of a typed word (boost 1).
     */
    static final float TRANSLATION_BOOST = 0.2f;
    /** A concept's other wordings in {@link #partial}: as much as the typed words. */
    static final float PARTIAL_TRANSLATION_BOOST = 1f;
    /** A concept's typed words in {@link #partial}, where one of them alone will do. */
    static final float PARTIAL_CONCEPT_WORDS_BOOST = 0.5f;
    /** Added to a concept's typed words where a report has them side by side ({@link #withAdjacencyBonus}). */
    static final float ADJACENT_CONCEPT_BONUS = 2f;
    /** Fewest letters of an excluded word's folded key for the words derived from it to be excluded too. */
    static final int DERIVED_EXCLUSION_MIN = 6;

    /** Analyses text with each field's own analyzer (the index's), so query and index words meet. */
    private final QueryBuilder builder;
    private final CrossLanguageTerms terms;

    public ReportQueries(ReportAnalysis analysis) {
        Analyzer analyzer = ReportFields.analyzer(analysis);
        this.builder = new QueryBuilder(analyzer);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        this.terms = CrossLanguageTerms.load(analysis);
    }

    /**
     * The text part of a search: what the words ask for, scored. A phrase is scored as its words are and
     * required as a phrase by an unscored filter: scoring a phrase means counting every occurrence of it in
     * every report that holds it (on the benchmark corpus 120 ms for a phrase in half the reports), while a
     * filter stops at the first occurrence, and the ranking of reports that all hold the phrase rests on
     * their words anyway.
     */
    Query text(UserQuery query) {
        return text(query, Mode.SCORED, Commonness.NONE);
    }

    /** {@link #text(UserQuery)}, leaving out the other wordings that {@code common} finds in most reports. */
    Query text(UserQuery query, Commonness common) {
        return text(query, Mode.SCORED, common);
    }

    /**
     * What the highlighter marks: the fields of {@link #matching}, which find every match once (the folded field's
     * offsets are the exact and Kazakh fields' offsets), with phrases as phrase queries of the folded field (the
     * pairs field has no offsets), so only the phrase is marked.
     */
    public Query highlighted(UserQuery query) {
        return text(query, Mode.HIGHLIGHTED, Commonness.NONE);
    }

    public Query highlighted(UserQuery query, Commonness common) {
        return text(query, Mode.HIGHLIGHTED, common);
    }

    /**
     * The same documents as {@link #text}, for counting and facets only: unscored, and leaving out the fields whose
     * matches another field's already include. The folded field holds every word of every report in the Kazakh key
     * space (fold and light stem, no stop words), one token per word at the word's position; so a word or phrase
     * in the exact field is also in the folded field at the same positions, and the Kazakh field's single term is
     * the folded field's term in Kazakh reports only. A common word then costs one posting list instead of three.
     * The Russian and English stems are kept: their stemmers join forms the Kazakh key does not.
     */
    public Query matching(UserQuery query) {
        return text(query, Mode.MATCHING, Commonness.NONE);
    }

    public Query matching(UserQuery query, Commonness common) {
        return text(query, Mode.MATCHING, common);
    }

    private enum Mode { SCORED, MATCHING, HIGHLIGHTED }

    /**
     * Whether a wording's words are in most reports: such a wording (teacher, pupil, school in another language)
     * would add most of the index to a search's matches, to count and to facet, and tell nothing about which
     * reports are on the topic. One index's view, so the scored, counted and highlighted queries of one search agree.
     */
    @FunctionalInterface
    public interface Commonness {
        Commonness NONE = q -> false;
        /** Every wording counts as common: no other wordings are added. */
        Commonness ALL = q -> true;

        boolean inMost(Query wording);

        /**
         * By the index's document frequencies: a word in at least {@code share} of the reports, and in at least
         * {@code atLeast} of them, is common, and so is a phrase whose rarest word is (a bound on how many reports
         * hold the phrase). Below {@code atLeast} reports a wording costs little to count, whatever its share.
         */
        static Commonness of(IndexReader reader, double share, int atLeast) {
            long threshold = Math.max(atLeast, (long) Math.ceil(reader.maxDoc() * share));
            return wording -> {
                Term[] words = wording instanceof TermQuery t ? new Term[] {t.getTerm()}
                        : wording instanceof PhraseQuery p ? p.getTerms() : new Term[0];
                if (words.length == 0) {
                    return false;
                }
                try {
                    for (Term word : words) {
                        if (reader.docFreq(word) < threshold) {
                            return false;
                        }
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
        }
    }

    /**
     * The reports that hold only part of what a search asks for, to follow its full matches when those are few:
     * any one of the query's words or concepts (a quoted phrase as its words, anywhere), exclusions kept, and a
     * concept's other languages' wordings weighed as the typed words ({@link #PARTIAL_TRANSLATION_BOOST}), since a
     * report on the topic in another language is what a search with few full matches most often misses. Null when
     * the query asks for fewer than two words or concepts: then its full matches are all there is.
     */
    Query partial(UserQuery query, Commonness common) {
        UserQuery loose = query.loosened();
        if (loose.clauses().stream().filter(c -> !c.negated()).count() < 2) {
            return null;
        }
        return text(loose, Mode.SCORED, common, true, PARTIAL_TRANSLATION_BOOST);
    }

    private Query text(UserQuery query, Mode mode, Commonness common) {
        return text(query, mode, common, false, TRANSLATION_BOOST);
    }

    private Query text(UserQuery query, Mode mode, Commonness common, boolean anyOne, float translationBoost) {
        if (query.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        List<UserQuery.Clause> clauses = query.clauses();
        Map<Integer, CrossLanguageTerms.Match> spans = spans(clauses);
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        List<Query> wanted = new ArrayList<>();
        List<Query> stopWords = new ArrayList<>();
        boolean positiveAsked = false;
        for (int i = 0; i < clauses.size(); i++) {
            UserQuery.Clause clause = clauses.get(i);
            if (clause.negated()) {
                // what is excluded is only matched, never scored (nor highlighted); in every language
                Query excluded = alternatives(clause, Mode.MATCHING, common, translationBoost);
                if (excluded != null) {
                    bool.add(excluded, Occur.MUST_NOT);
                }
                derivedWords(clause).forEach(q -> bool.add(q, Occur.MUST_NOT));
                continue;
            }
            positiveAsked = true;
            CrossLanguageTerms.Match span = spans.get(i);
            Query alternatives;
            if (span == null && plainWord(clause) && stopWord(clause.alternatives().get(0).text())) {
                // "в", "the", "for": in nearly every report of its language, it says nothing of the topic; it
                // counts only when the query has nothing else
                addIfAny(stopWords, alternatives(clause, mode, common, translationBoost));
                continue;
            }
            if (span == null) {
                alternatives = alternatives(clause, mode, common, translationBoost);
            } else {
                // words that together name a concept: all of them, or the concept in another wording
                BooleanQuery.Builder all = new BooleanQuery.Builder();
                int parts = 0;
                for (int w = span.from(); w < span.to(); w++) {
                    // the span's words as typed: the concept's other wordings stand beside them, not each word's;
                    // but where part of the query will do, a word's own other wordings count as the word (a report
                    // on reading, чтение, answers оқу сауаттылығы in part as one that says оқу does)
                    Query word = alternatives(clauses.get(w), mode, anyOne ? common : Commonness.ALL,
                            translationBoost);
                    if (word != null) {
                        // for part of the query, part of the concept's words will do too
                        all.add(word, anyOne ? Occur.SHOULD : Occur.MUST);
                        parts++;
                    }
                }
                List<Query> other = new ArrayList<>();
                span.translations().forEach(t -> addIfAny(other, translated(t, mode, common, translationBoost)));
                Query typed = all.build();
                if (!anyOne && mode == Mode.SCORED && parts > 1) {
                    typed = withAdjacencyBonus(typed, clauses.subList(span.from(), span.to()));
                }
                if (anyOne && parts > 1) {
                    // one of the concept's words alone says less than the concept in another language
                    typed = new BoostQuery(typed, PARTIAL_CONCEPT_WORDS_BOOST);
                }
                alternatives = parts == 0 ? bestOf(other) : bestOf(typed, other);
                i = span.to() - 1;
            }
            if (alternatives != null) {
                wanted.add(alternatives);
            }
        }
        if (wanted.isEmpty()) {
            wanted.addAll(stopWords);
        }
        if (wanted.isEmpty()) {
            if (positiveAsked) {
                // only punctuation or other text no field keeps: nothing can match it
                return new MatchNoDocsQuery("no searchable words");
            }
            bool.add(new MatchAllDocsQuery(), Occur.MUST);
            return bool.build();
        }
        int needed = anyOne ? 1 : needed(wanted.size());
        Occur occur = needed == wanted.size() ? Occur.MUST : Occur.SHOULD;
        wanted.forEach(q -> bool.add(q, occur));
        if (occur == Occur.SHOULD) {
            bool.setMinimumNumberShouldMatch(needed);
        }
        return bool.build();
    }

    /**
     * A concept's typed words, scored as words, and a bonus where a report has them side by side in the order typed
     * (in any of their forms, through the folded field's word pairs): a report on ата-аналармен жұмыс (work with
     * parents) says so, where one that merely holds ата-ана and жұмыс somewhere, two of the commonest words, is
     * likelier on something else.
     */
    private Query withAdjacencyBonus(Query typed, List<UserQuery.Clause> words) {
        StringBuilder text = new StringBuilder();
        for (UserQuery.Clause word : words) {
            text.append(text.isEmpty() ? "" : " ").append(word.alternatives().get(0).text());
        }
        Query folded = builder.createPhraseQuery(ReportFields.TEXT_FOLD, text.toString());
        if (!(folded instanceof PhraseQuery)) {
            return typed;
        }
        return new BooleanQuery.Builder().add(typed, Occur.MUST)
                .add(new BoostQuery(new ConstantScoreQuery(byPairs(folded)), ADJACENT_CONCEPT_BONUS), Occur.SHOULD)
                .build();
    }

    /**
     * For an excluded word, the words derived from it by suffixes after its stem: every key of the folded field
     * that starts with the word's key. Kazakh builds words this way, in every script: excluding кітапхана (library)
     * excludes кітапханашы (librarian) too, as it excludes кітапханада. The folded field keeps Russian and English
     * words as well, where the same prefix takes their other forms (-laboratory, laboratories). Only for a key of at
     * least {@value #DERIVED_EXCLUSION_MIN} letters, so a short key excludes no unrelated word that merely starts
     * with its letters; a quoted phrase is excluded as it is.
     */
    private List<Query> derivedWords(UserQuery.Clause clause) {
        List<Query> derived = new ArrayList<>();
        for (UserQuery.Atom atom : clause.alternatives()) {
            if (atom.phrase()) {
                continue;
            }
            Query folded = builder.createBooleanQuery(ReportFields.TEXT_FOLD, atom.text());
            if (folded instanceof TermQuery term && term.getTerm().text().length() >= DERIVED_EXCLUSION_MIN) {
                derived.add(new PrefixQuery(term.getTerm()));
            }
        }
        return derived;
    }

    /**
     * Runs of two or more plain words (wanted, one word each, no OR) that name a concept of the glossary, by the
     * index of their first clause.
     */
    private Map<Integer, CrossLanguageTerms.Match> spans(List<UserQuery.Clause> clauses) {
        Map<Integer, CrossLanguageTerms.Match> spans = new HashMap<>();
        int i = 0;
        while (i < clauses.size()) {
            if (!plainWord(clauses.get(i))) {
                i++;
                continue;
            }
            int end = i;
            List<String> words = new ArrayList<>();
            while (end < clauses.size() && plainWord(clauses.get(end))) {
                words.add(clauses.get(end).alternatives().get(0).text());
                end++;
            }
            if (words.size() >= 2) {
                for (CrossLanguageTerms.Match m : terms.find(words)) {
                    if (m.to() - m.from() >= 2) {
                        spans.put(i + m.from(), new CrossLanguageTerms.Match(i + m.from(), i + m.to(),
                                m.translations()));
                    }
                }
            }
            i = end;
        }
        return spans;
    }

    /**
     * A word that a language's analyzer drops as a stop word (Russian "в", "по", English "the", "for", Kazakh
     * "және") while the folded field keeps it: a word of the query's grammar, not of its topic.
     */
    private boolean stopWord(String word) {
        if (builder.createBooleanQuery(ReportFields.TEXT_FOLD, word) == null) {
            return false;
        }
        for (String field : ReportFields.languageFields()) {
            if (builder.createBooleanQuery(field, word) == null) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainWord(UserQuery.Clause clause) {
        return !clause.negated() && clause.alternatives().size() == 1 && !clause.alternatives().get(0).phrase();
    }

    /**
     * Another wording of a concept, looked for only where reports in its language keep their words: a Kazakh
     * wording in the folded field (every script and keyboard), a Russian or English one in its language's stems.
     * Scored by its words (a phrase filtered as a phrase), at {@link #TRANSLATION_BOOST} of a stemmed match.
     */
    private Query translated(CrossLanguageTerms.Term term, Mode mode, Commonness common, float boost) {
        String field = switch (term.language()) {
            case "ru", "en" -> ReportFields.text(term.language());
            default -> ReportFields.TEXT_FOLD;
        };
        Query q = builder.createPhraseQuery(field, term.text());
        if (q == null || common.inMost(q)) {
            return null;
        }
        if (q instanceof PhraseQuery phrase && !field.equals(ReportFields.TEXT_FOLD)) {
            // a Russian or English wording of several words: its words in one report, without reading positions
            // (the stemmed fields have no pairs, and positions made a broad search's count cost three times as much)
            BooleanQuery.Builder words = new BooleanQuery.Builder();
            for (Term word : phrase.getTerms()) {
                words.add(new TermQuery(word), mode == Mode.SCORED ? Occur.MUST : Occur.FILTER);
            }
            q = words.build();
        } else if (mode != Mode.SCORED) {
            return mode == Mode.MATCHING ? byPairs(q) : q;
        } else if (q instanceof PhraseQuery phrase) {
            BooleanQuery.Builder scoredPhrase = new BooleanQuery.Builder().add(phrase, Occur.FILTER);
            for (Term word : phrase.getTerms()) {
                scoredPhrase.add(new TermQuery(word), Occur.SHOULD);
            }
            q = scoredPhrase.build();
        }
        if (mode != Mode.SCORED) {
            return q;
        }
        return new BoostQuery(q, boost * STEMMED_BOOST);
    }

    /**
     * What "reports like this text" asks for: a text a teacher is writing (their concern, their plan), scored and
     * highlighted. Its words and the glossary's concepts in it (in any of the three languages) are weighed by how
     * often the text says them and how few reports hold them; the {@value #LIKE_UNITS} weightiest each add their
     * score, a concept by its best wording, its other languages' wordings at {@code translationBoost} of a
     * stemmed match. A report must hold two of them (one when the text has fewer than three).
     */
    Likeness like(String text, IndexReader reader, Commonness common, float translationBoost) throws IOException {
        List<String> words = LikeText.words(text, LIKE_WORDS);
        Map<String, LikeText.Unit> units = new LinkedHashMap<>();
        int next = 0;
        for (CrossLanguageTerms.Match concept : terms.find(words)) {
            for (int w = next; w < concept.from(); w++) {
                unit(units, words.subList(w, w + 1), List.of(), reader, common);
            }
            unit(units, words.subList(concept.from(), concept.to()), concept.translations(), reader, common);
            next = concept.to();
        }
        for (int w = next; w < words.size(); w++) {
            unit(units, words.subList(w, w + 1), List.of(), reader, common);
        }
        List<LikeText.Unit> chosen = LikeText.weightiest(units.values(), reader.maxDoc(), LIKE_UNITS);
        if (chosen.isEmpty()) {
            Query none = new MatchNoDocsQuery("no telling words");
            return new Likeness(none, none);
        }
        int needed = chosen.size() < 3 ? 1 : 2;
        return new Likeness(likeQuery(chosen, Mode.SCORED, common, translationBoost, needed),
                likeQuery(chosen, Mode.HIGHLIGHTED, common, translationBoost, 1));
    }

    /** The scored query of {@link #like} and what its highlighter marks. */
    record Likeness(Query scored, Query highlighted) {
    }

    /** The most words of a text {@link #like} reads: a long plan's opening says what it is about. */
    static final int LIKE_WORDS = 1_500;
    /** The most words and concepts of a text {@link #like} asks for. */
    static final int LIKE_UNITS = 24;

    /** Counts a word or concept of the text once more, under its folded key; words no field keeps are left out. */
    private void unit(Map<String, LikeText.Unit> units, List<String> words, List<CrossLanguageTerms.Term> translations,
            IndexReader reader, Commonness common) throws IOException {
        Query folded = builder.createPhraseQuery(ReportFields.TEXT_FOLD, String.join(" ", words));
        if (folded == null || common.inMost(folded)) {
            return; // a stop word, or a word in most reports: it tells nothing about which are alike
        }
        Term[] keys = folded instanceof TermQuery t ? new Term[] {t.getTerm()}
                : folded instanceof PhraseQuery p ? p.getTerms() : new Term[0];
        if (keys.length == 0) {
            return;
        }
        StringBuilder key = new StringBuilder();
        int rarest = Integer.MAX_VALUE;
        for (Term k : keys) {
            key.append(k.text()).append(' ');
            rarest = Math.min(rarest, reader.docFreq(k));
        }
        if (rarest == 0 && translations.isEmpty()) {
            return; // no report holds it, in any wording
        }
        int documents = rarest;
        units.computeIfAbsent(key.toString(), k -> new LikeText.Unit(List.copyOf(words), List.copyOf(translations),
                documents)).said();
    }

    private Query likeQuery(List<LikeText.Unit> chosen, Mode mode, Commonness common, float translationBoost,
            int needed) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (LikeText.Unit unit : chosen) {
            BooleanQuery.Builder all = new BooleanQuery.Builder();
            int parts = 0;
            for (String word : unit.words()) {
                UserQuery.Atom atom = new UserQuery.Atom(word, false);
                Query q = mode == Mode.SCORED ? alike(word) : matchingAtom(atom, false);
                if (q != null) {
                    all.add(q, Occur.MUST);
                    parts++;
                }
            }
            List<Query> other = new ArrayList<>();
            unit.translations().forEach(t -> addIfAny(other, translated(t, mode, common, translationBoost)));
            Query typed = parts == 0 ? null : parts == 1 ? all.build().clauses().get(0).getQuery() : all.build();
            Query q = typed == null ? bestOf(other) : bestOf(typed, other);
            if (q != null) {
                any.add(q, Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return new MatchNoDocsQuery("no telling words");
        }
        return any.setMinimumNumberShouldMatch(Math.min(needed, clauses)).build();
    }

    /**
     * A word of a text {@link #like}, scored by its cross-script key or its Russian or English stem, never by its
     * exact letters: an exact spelling is rare where a script is (a 2021 Latin report's {@code oquşylardyñ}), and
     * would make reports alike by their script instead of their subject.
     */
    private Query alike(String word) {
        List<Query> fields = new ArrayList<>();
        for (String field : ReportFields.languageFields()) {
            if (!field.equals(KAZAKH_FIELD)) {
                add(fields, field, word, STEMMED_BOOST);
            }
        }
        add(fields, ReportFields.TEXT_FOLD, word, STEMMED_BOOST);
        return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, TIE_BREAKER);
    }

    private static <T> void addIfAny(List<T> list, T item) {
        if (item != null) {
            list.add(item);
        }
    }

    /**
     * How many of a query's {@code asked} words and phrases a report must hold. One or two: all of them. From three
     * on, a person describes a topic in their own words, and a report on it seldom uses every one of them: all but
     * a third (3 → 2, 4 → 3, 5 → 4, 6 → 4). Reports holding more of them score higher, as each adds its score.
     */
    static int needed(int asked) {
        return asked < 3 ? asked : asked - asked / 3;
    }

    /** A clause's words or phrases, each also in the glossary's other wordings of it when it names a concept. */
    private Query alternatives(UserQuery.Clause clause, Mode mode, Commonness common, float translationBoost) {
        List<Query> any = new ArrayList<>();
        for (UserQuery.Atom atom : clause.alternatives()) {
            Query q = switch (mode) {
                case SCORED -> scored(atom);
                case MATCHING -> matchingAtom(atom, true);
                case HIGHLIGHTED -> matchingAtom(atom, false);
            };
            if (q != null) {
                List<Query> other = new ArrayList<>();
                terms.translations(atom.text())
                        .forEach(t -> addIfAny(other, translated(t, mode, common, translationBoost)));
                any.add(bestOf(q, other));
            }
        }
        return anyOf(any);
    }

    /**
     * The typed words or another wording of them, scored by the best one alone: a report that holds both (a
     * Kazakh report with the English term in brackets) scores no more than one in the typed words.
     */
    private static Query bestOf(Query typed, List<Query> otherWordings) {
        if (otherWordings.isEmpty()) {
            return typed;
        }
        List<Query> all = new ArrayList<>(otherWordings.size() + 1);
        all.add(typed);
        all.addAll(otherWordings);
        return new DisjunctionMaxQuery(all, TIE_BREAKER);
    }

    private static Query bestOf(List<Query> otherWordings) {
        if (otherWordings.isEmpty()) {
            return null;
        }
        return otherWordings.size() == 1 ? otherWordings.get(0) : new DisjunctionMaxQuery(otherWordings, TIE_BREAKER);
    }

    /** Null for none, the query itself for one, else a disjunction of them. */
    private static Query anyOf(List<Query> queries) {
        if (queries.isEmpty()) {
            return null;
        }
        if (queries.size() == 1) {
            return queries.get(0);
        }
        BooleanQuery.Builder or = new BooleanQuery.Builder();
        queries.forEach(q -> or.add(q, Occur.SHOULD));
        return or.setMinimumNumberShouldMatch(1).build();
    }

    /**
     * A word as {@link #atom}; a phrase as an unscored filter that decides what matches, scored by its words.
     * The words are optional clauses: every report the phrase matches holds them, so they only add their
     * scores, and the phrase, not five fields' worth of word postings, leads the matching.
     */
    private Query scored(UserQuery.Atom atom) {
        if (!atom.phrase()) {
            return atom(atom);
        }
        Query phrase = matchingAtom(atom, true);
        if (phrase == null) {
            return null;
        }
        BooleanQuery.Builder scoredPhrase = new BooleanQuery.Builder().add(phrase, Occur.FILTER);
        for (String word : atom.text().split(" ")) {
            Query q = atom(new UserQuery.Atom(word, false));
            if (q != null) {
                scoredPhrase.add(q, Occur.SHOULD);
            }
        }
        Query exact = builder.createPhraseQuery(ReportFields.TEXT_EXACT, atom.text());
        if (exact != null) {
            scoredPhrase.add(new BoostQuery(new ConstantScoreQuery(exact), EXACT_PHRASE_BONUS), Occur.SHOULD);
        }
        return scoredPhrase.build();
    }

    /**
     * A word over the text fields, scored by the best field: a language's stems over the cross-script fold. Null
     * when no field keeps any of its tokens. (Phrases are matched by {@link #matchingAtom} and scored by their
     * words, see {@link #scored}.)
     * <p>A word's exact letters are looked for only when the folded field keeps none of them. Every report holding
     * the exact letters holds the word's key too, and weighing the exact field ranked the typed script and word
     * form above a report's topic: for a word typed on a Russian keyboard or in Latin letters, its exact spelling
     * is rare, so the few reports in that spelling outranked the Kazakh reports in Cyrillic on the same topic; an
     * English report saying "gardens" fell below one merely mentioning "garden" (set 2: nDCG@10 0.764 with the
     * exact field at 1.5× a stem's weight, 0.776 at equal weight, 0.789 without it; set 1 0.989, 0.989, 0.993).
     */
    private Query atom(UserQuery.Atom atom) {
        List<Query> fields = new ArrayList<>();
        Query folded = builder.createPhraseQuery(ReportFields.TEXT_FOLD, atom.text());
        if (folded == null) {
            add(fields, ReportFields.TEXT_EXACT, atom.text(), STEMMED_BOOST);
        }
        boolean kazakhKeyIsFolded = false;
        for (String field : ReportFields.languageFields()) {
            if (field.equals(KAZAKH_FIELD) && sameTerm(builder.createPhraseQuery(field, atom.text()), folded)) {
                // the Kazakh key is the folded key, which the folded field holds for Kazakh reports too: one
                // posting list at the Kazakh field's weight instead of two
                kazakhKeyIsFolded = true;
                continue;
            }
            add(fields, field, atom.text(), STEMMED_BOOST);
        }
        add(fields, ReportFields.TEXT_FOLD, atom.text(), kazakhKeyIsFolded ? STEMMED_BOOST : FOLDED_BOOST);
        Query guesses = otherKeys(atom);
        if (guesses != null) {
            fields.add(new BoostQuery(guesses, SIBLING_BOOST));
        }
        return fields.isEmpty() ? null : new DisjunctionMaxQuery(fields, TIE_BREAKER);
    }

    /**
     * Keys a single word may also have, which the index cannot settle, in the folded field (null for a phrase, a
     * word of several tokens, or none):
     * <ul>
     *   <li>its key with or without the possessive -сы/-сі after a vowel stem
     *       ({@link KazakhLightStemmer#possessiveSibling}): "жоба" also finds "жобасы" and "jobasy", "kitaphanasy"
     *       also "кітапхана";</li>
     *   <li>typed in Latin letters with ng, its key with n: informal ASCII writes ң as ng as often as n
     *       (okushylardyng = оқушылардың), while ng is as often н+г (engizu, trening), so the fold keeps it.</li>
     * </ul>
     */
    private Query otherKeys(UserQuery.Atom atom) {
        if (atom.phrase()) {
            return null;
        }
        String key = singleKey(atom.text());
        if (key == null) {
            return null;
        }
        List<String> others = new ArrayList<>();
        addIfAny(others, KazakhLightStemmer.possessiveSibling(key));
        if (atom.text().toLowerCase(Locale.ROOT).contains("ng")) {
            String withN = singleKey(atom.text().replaceAll("(?i)ng", "n"));
            if (withN != null && !withN.equals(key)) {
                others.add(withN);
                addIfAny(others, KazakhLightStemmer.possessiveSibling(withN));
            }
        }
        List<Query> queries = others.stream().distinct()
                .map(k -> (Query) new TermQuery(new Term(ReportFields.TEXT_FOLD, k))).toList();
        return queries.isEmpty() ? null : anyOf(queries);
    }

    /** The folded field's key of a text that is one word, else null. */
    private String singleKey(String text) {
        return builder.createBooleanQuery(ReportFields.TEXT_FOLD, text) instanceof TermQuery word
                ? word.getTerm().text() : null;
    }

    /**
     * The documents a word's {@link #atom} finds, or a phrase's, from the fewest fields that find them all (see
     * {@link #matching}); a phrase is looked for in the folded field, which holds it wherever the exact field does,
     * in either script and with its Kazakh words by their stems, and in the Russian and English stemmed fields, so
     * "критериальное оценивание" finds "критериального оценивания" and "reading circle" finds "reading circles".
     */
    private Query matchingAtom(UserQuery.Atom atom, boolean pairs) {
        Query folded = builder.createPhraseQuery(ReportFields.TEXT_FOLD, atom.text());
        List<Query> fields = new ArrayList<>();
        if (folded != null) {
            fields.add(pairs ? byPairs(folded) : folded);
            addIfAny(fields, otherKeys(atom));
        } else {
            // a word whose letters all fold away: only the exact field keeps it
            Query exact = builder.createPhraseQuery(ReportFields.TEXT_EXACT, atom.text());
            if (exact != null) {
                fields.add(exact);
            }
        }
        for (String field : ReportFields.languageFields()) {
            if (atom.phrase() && field.equals(KAZAKH_FIELD)) {
                continue; // the folded field holds a Kazakh phrase's words by their stems already
            }
            // a phrase in its Russian or English stems too: the words in order and adjacent, in any of their forms
            Query q = builder.createPhraseQuery(field, atom.text());
            if (q != null && !(field.equals(KAZAKH_FIELD) && sameTerm(q, folded))) {
                fields.add(q);
            }
        }
        return anyOf(fields);
    }

    /**
     * A phrase of the folded field through its word pairs ({@link ReportFields#TEXT_PAIRS}): two words are one
     * pair term; more words need all their pairs, and the phrase itself checks the order only in the reports
     * holding them all. Anything else (one word, a gap in the positions) stays as it is.
     */
    private static Query byPairs(Query folded) {
        if (!(folded instanceof PhraseQuery phrase) || phrase.getSlop() != 0) {
            return folded;
        }
        Term[] terms = phrase.getTerms();
        int[] positions = phrase.getPositions();
        for (int i = 0; i < positions.length; i++) {
            if (positions[i] != positions[0] + i) {
                return folded;
            }
        }
        if (terms.length == 2) {
            return pair(terms[0], terms[1]);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i + 1 < terms.length; i++) {
            all.add(pair(terms[i], terms[i + 1]), Occur.FILTER);
        }
        return all.add(phrase, Occur.FILTER).build();
    }

    private static Query pair(Term first, Term second) {
        return new TermQuery(new Term(ReportFields.TEXT_PAIRS, first.text() + " " + second.text()));
    }

    /**
     * True when both are one term, the same word: the Kazakh field's term is only ever where the folded one is
     * (not so for the Russian and English stems, which join different words than the Kazakh key).
     */
    private static boolean sameTerm(Query q, Query folded) {
        return q instanceof TermQuery t && folded instanceof TermQuery f && t.getTerm().bytes().equals(f.getTerm().bytes());
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

    /**
     * What {@code username} may not see: the drafts they are not a reader of. The same restriction as
     * {@link #visibleTo}, as an exclusion: drafts are few, so excluding them costs a short posting list, where
     * requiring "published or mine" made every match of a broad search be checked against the published list.
     */
    static Query hiddenFrom(String username) {
        return new BooleanQuery.Builder()
                .add(KeywordField.newExactQuery(ReportFields.PUBLISHED, "false"), Occur.FILTER)
                .add(KeywordField.newExactQuery(ReportFields.READER, username), Occur.MUST_NOT)
                .build();
    }

    /** The text query, restricted to what {@code username} may see and to the chosen facet values, as spelled. */
    public static Query trimmed(Query text, String username, Map<String, String> facetFilters) {
        Map<String, List<String>> spellings = new LinkedHashMap<>();
        facetFilters.forEach((field, value) -> spellings.put(field, List.of(value)));
        return trimmedToSpellings(text, username, spellings);
    }

    /**
     * The text query, restricted to what {@code username} may see and, per facet, to any of the chosen value's
     * spellings ({@link FacetOrdinals#spellings}).
     */
    static Query trimmedToSpellings(Query text, String username, Map<String, List<String>> facetFilters) {
        if (requiredWords(text) >= 2) {
            // several required words: their clauses and the filters as one conjunction of scoring clauses (the
            // filters scoring 0), which Lucene scores with its block-max conjunction bulk scorer; nested under a
            // filter they get the general conjunction scorer, which took twice as long for three common words
            BooleanQuery.Builder bool = new BooleanQuery.Builder();
            ((BooleanQuery) text).clauses().forEach(bool::add);
            bool.add(hiddenFrom(username), Occur.MUST_NOT);
            facetFilters.forEach((field, values) -> bool.add(unscored(anySpelling(field, values)), Occur.MUST));
            return bool.build();
        }
        // one word: a single scoring clause under filters lets Lucene skip by that clause's block maxima alone
        BooleanQuery.Builder bool = new BooleanQuery.Builder().add(text, Occur.MUST)
                .add(hiddenFrom(username), Occur.MUST_NOT);
        facetFilters.forEach((field, values) -> bool.add(anySpelling(field, values), Occur.FILTER));
        return bool.build();
    }

    private static Query anySpelling(String field, List<String> spellings) {
        if (spellings.size() == 1) {
            return KeywordField.newExactQuery(field, spellings.get(0));
        }
        return KeywordField.newSetQuery(field, spellings.stream().map(BytesRef::new).toList());
    }

    /** How many required clauses {@code text} has when it is a plain conjunction (exclusions allowed); else 0. */
    private static long requiredWords(Query text) {
        if (!(text instanceof BooleanQuery words) || words.getMinimumNumberShouldMatch() != 0
                || !words.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST || c.getOccur() == Occur.MUST_NOT)) {
            return 0;
        }
        return words.clauses().stream().filter(c -> c.getOccur() == Occur.MUST).count();
    }

    /** A filter as a required clause that scores 0: the same matches and scores as a FILTER clause. */
    private static Query unscored(Query filter) {
        return new BoostQuery(new ConstantScoreQuery(filter), 0f);
    }
}
