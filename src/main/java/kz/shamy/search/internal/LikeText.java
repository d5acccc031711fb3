package kz.shamy.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The words of a text looked for in reports like it ({@link ReportQueries#like}), and how much each tells: a word
 * said often in the text and held by few reports tells most, as in tf-idf.
 */
final class LikeText {

    private LikeText() {
    }

    /**
     * The text's words in order, at most {@code max}: runs of letters and digits, an apostrophe inside a word kept
     * (the 2017 Kazakh alphabet writes {@code g'ylym}); everything else separates words, so a quotation mark, a
     * minus or a parenthesis in a teacher's text is never read as search syntax.
     */
    static List<String> words(String text, int max) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length() && words.size() < max; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean inside = Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || (isApostrophe(c) && !word.isEmpty() && i < text.length()
                            && Character.isLetter(text.codePointAt(i)));
            if (inside) {
                word.appendCodePoint(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty() && words.size() < max) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    /** The {@code max} units that tell most about the text, weightiest first. */
    static List<Unit> weightiest(Collection<Unit> units, int reports, int max) {
        return units.stream().sorted(Comparator.comparingDouble((Unit u) -> -u.weight(reports))).limit(max).toList();
    }

    /**
     * A word of the text, or a run of its words naming a glossary concept (with the concept's other wordings),
     * the number of times the text says it, and how many reports hold its rarest word.
     */
    static final class Unit {

        /** A word said more often than this tells no more: a long text repeats its subject. */
        private static final int MOST_TIMES = 3;

        private final List<String> words;
        private final List<CrossLanguageTerms.Term> translations;
        private final int documents;
        private int times;

        Unit(List<String> words, List<CrossLanguageTerms.Term> translations, int documents) {
            this.words = words;
            this.translations = translations;
            this.documents = documents;
        }

        void said() {
            times++;
        }

        List<String> words() {
            return words;
        }

        List<CrossLanguageTerms.Term> translations() {
            return translations;
        }

        /**
         * Times said (up to {@value #MOST_TIMES}) by the rarity of its rarest word (BM25's idf); a concept of
         * several words weighs half as much again, being the more specific.
         */
        double weight(int reports) {
            double idf = Math.log(1 + (reports - documents + 0.5) / (documents + 0.5));
            return Math.min(times, MOST_TIMES) * idf * (words.size() > 1 ? 1.5 : 1.0);
        }
    }
}
