package kz.shamy.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kz.shamy.search.analysis.KazakhLightStemmer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The programme's vocabulary across its three languages: a glossary of school-education terms
 * ({@code search/glossary.tsv}: one concept per row, its English, Russian and Kazakh ways of saying it), so a query
 * in one language also finds reports on the same thing written in the other two. Terms are compared by the keys the
 * index uses: a Kazakh term by its folded key (any script or keyboard, light stems), a Russian or English one by its
 * language's stems, so inflected query words meet them.
 */
final class CrossLanguageTerms {

    static final String RESOURCE = "search/glossary.tsv";
    private static final List<String> COLUMNS = List.of("en", "ru", "kk");

    /** One way of saying a concept: its language, its text and its keys. */
    record Term(String language, String text, List<String> keys) {
        boolean isPhrase() {
            return text.indexOf(' ') >= 0;
        }
    }

    /** Query words {@code from} (inclusive) to {@code to} (exclusive) name a concept: its terms in other languages. */
    record Match(int from, int to, List<Term> translations) {
    }

    private final Map<String, Analyzer> analyzers = new HashMap<>();
    /** Language → first key → the terms starting with it, each with its concept's terms. */
    private final Map<String, Map<String, List<Term[]>>> byFirstKey = new HashMap<>();
    private final int concepts;
    /** Every key of every Kazakh wording, to read a typed Latin ng as ң when only that makes it a glossary word. */
    private final Set<String> kazakhKeys = new HashSet<>();

    CrossLanguageTerms(ReportAnalysis analysis, InputStream glossary) {
        analyzers.put("kk", analysis.folded());
        analyzers.put("ru", analysis.language("ru"));
        analyzers.put("en", analysis.language("en"));
        int rows = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(glossary, StandardCharsets.UTF_8))) {
            lines.readLine(); // the header
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] cells = line.split("\t");
                if (cells.length != COLUMNS.size()) {
                    continue;
                }
                List<Term> terms = new ArrayList<>();
                for (int c = 0; c < cells.length; c++) {
                    for (String variant : cells[c].split("\\|")) {
                        String text = variant.strip();
                        List<String> keys = keys(COLUMNS.get(c), text);
                        if (!keys.isEmpty()) {
                            terms.add(new Term(COLUMNS.get(c), text, keys));
                        }
                    }
                }
                Term[] concept = terms.toArray(Term[]::new);
                for (Term term : terms) {
                    lookUpBy(term, concept);
                    // a compound written with a hyphen is also looked up as one word: a query's hyphenated word is
                    // read joined (see find), so "multi-grade" meets "multigrade" and "класс-комплект" itself
                    String joined = joined(term.text());
                    if (!joined.equals(term.text())) {
                        List<String> keys = keys(term.language(), joined);
                        if (!keys.isEmpty() && !keys.equals(term.keys())) {
                            lookUpBy(new Term(term.language(), joined, keys), concept);
                        }
                    }
                }
                rows++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.concepts = rows;
    }

    private void lookUpBy(Term term, Term[] concept) {
        if (term.language().equals("kk")) {
            kazakhKeys.addAll(term.keys());
        }
        byFirstKey.computeIfAbsent(term.language(), l -> new HashMap<>())
                .computeIfAbsent(term.keys().get(0), k -> new ArrayList<>())
                .add(withFirst(term, concept));
    }

    /**
     * A text with the hyphens inside its words taken out ({@code multi-grade} → {@code multigrade}): people write a
     * compound joined, hyphenated or apart, and a glossary row holds one or two of those spellings.
     */
    static String joined(String text) {
        return INNER_HYPHEN.matcher(text).replaceAll("");
    }

    private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\p{L})[-\u2010\u2011](?=\\p{L})");

    static CrossLanguageTerms load(ReportAnalysis analysis) {
        try (InputStream in = CrossLanguageTerms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return new CrossLanguageTerms(analysis, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int concepts() {
        return concepts;
    }

    /**
     * The concepts that consecutive query words name, longest first and not overlapping, in any of the three
     * languages; each with its terms in the languages other than the one it was found in.
     */
    List<Match> find(List<String> words) {
        // each word analysed once per language: its keys, and for each key the word it came from
        Map<String, List<String>> keys = new HashMap<>();
        Map<String, List<Integer>> wordOf = new HashMap<>();
        for (String language : COLUMNS) {
            List<String> k = new ArrayList<>();
            List<Integer> w = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                // a hyphenated word as one: it meets the glossary's compound joined or hyphenated, not its halves
                for (String key : wordKeys(language, joined(words.get(i)))) {
                    k.add(key);
                    w.add(i);
                }
            }
            keys.put(language, k);
            wordOf.put(language, w);
        }
        List<Match> found = new ArrayList<>();
        int start = 0;
        while (start < words.size()) {
            Match best = null;
            for (String language : COLUMNS) {
                Match m = longestAt(language, keys.get(language), wordOf.get(language), start);
                if (m != null && (best == null || m.to() > best.to())) {
                    best = m;
                }
            }
            if (best == null) {
                start++;
            } else {
                found.add(best);
                start = best.to();
            }
        }
        return found;
    }

    /** The translations of one word or phrase as a whole, or none. */
    List<Term> translations(String text) {
        List<String> words = List.of(text.strip().split("\\s+"));
        List<Match> all = find(words);
        return all.size() == 1 && all.get(0).from() == 0 && all.get(0).to() == words.size()
                ? all.get(0).translations() : List.of();
    }

    /** The longest concept whose keys start at word {@code start}'s first key and end on a word's last key. */
    private Match longestAt(String language, List<String> allKeys, List<Integer> allWordOf, int start) {
        int from = allWordOf.indexOf(start);
        if (from < 0) {
            return null; // the word has no key in this language (a stop word)
        }
        List<String> keys = allKeys.subList(from, allKeys.size());
        List<Integer> wordOf = allWordOf.subList(from, allWordOf.size());
        List<Term[]> candidates = byFirstKey.getOrDefault(language, Map.of()).getOrDefault(keys.get(0), List.of());
        Term[] best = null;
        int bestLength = 0;
        for (Term[] candidate : candidates) {
            List<String> termKeys = candidate[0].keys();
            int n = termKeys.size();
            if (n <= bestLength || n > keys.size()) {
                continue;
            }
            boolean endsOnAWord = n == keys.size() || !wordOf.get(n).equals(wordOf.get(n - 1));
            if (endsOnAWord && keys.subList(0, n).equals(termKeys)) {
                best = candidate;
                bestLength = n;
            }
        }
        if (best == null) {
            return null;
        }
        // the concept's other terms: in the other languages, and the same language's other wordings
        List<Term> translations = new ArrayList<>();
        for (int i = 1; i < best.length; i++) {
            if (!(best[i].language().equals(language) && best[i].keys().equals(best[0].keys()))) {
                translations.add(best[i]);
            }
        }
        return new Match(start, wordOf.get(bestLength - 1) + 1, translations);
    }

    /**
     * A Kazakh key without the possessive -сы/-сі the stemmer leaves on after a vowel stem
     * ({@link KazakhLightStemmer#possessiveSibling}), so "мектеп кітапханасы" and "mektep kitaphana" name one concept.
     */
    private static String withoutPossessive(String key) {
        String sibling = KazakhLightStemmer.possessiveSibling(key);
        return sibling != null && sibling.length() < key.length() ? sibling : key;
    }

    /** The concept's terms with {@code first} first (the term it is looked up by). */
    private static Term[] withFirst(Term first, Term[] concept) {
        Term[] ordered = new Term[concept.length + 1];
        ordered[0] = first;
        System.arraycopy(concept, 0, ordered, 1, concept.length);
        return ordered;
    }

    /**
     * A query word's keys in one language. A Kazakh word typed in Latin with ng is read with ң (n) instead when that
     * makes every key a glossary word's and the ng reading does not (okushylardyng = оқушылардың): informal ASCII
     * writes ң as ng, but ng is as often н+г, so the index keeps it and only the query guesses.
     */
    private List<String> wordKeys(String language, String word) {
        List<String> keys = keys(language, word);
        if (language.equals("kk") && word.toLowerCase(Locale.ROOT).contains("ng") && !kazakhKeys.containsAll(keys)) {
            List<String> withN = keys(language, word.replaceAll("(?i)ng", "n"));
            if (!withN.isEmpty() && kazakhKeys.containsAll(withN)) {
                return withN;
            }
        }
        return keys;
    }

    private List<String> keys(String language, String text) {
        List<String> keys = new ArrayList<>();
        try (TokenStream stream = analyzers.get(language).tokenStream("glossary", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (increment.getPositionIncrement() > 0 || keys.isEmpty()) {
                    // one key per position: a second form at the same place is not a word
                    keys.add(language.equals("kk") ? withoutPossessive(term.toString()) : term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
