package kz.shamy.search.analysis;

import java.io.Closeable;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.shamy.shared.Languages;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The analyzers of Shamy's search index, one instance of each, thread-safe and reusable (Lucene keeps one token
 * stream per thread). Every chain starts with {@link LookAlikeLetterFilter} (a word mixing Cyrillic and Latin letters
 * of one shape, бiлiм, is put in one script, or the tokenizer would split it) and the ICU tokenizer (Unicode word
 * breaks for Cyrillic and Latin alike)
 * and drops tokens longer than {@value #MAX_TOKEN} characters; token filters only rewrite terms, so offsets always
 * point at the original text for highlighting. Use the same analyzer for a field at index and at query time.
 * <ul>
 *   <li>{@link #language(String)}: {@code kk} = NFKC case fold, {@link KazakhScript#fold} to the shared key, Kazakh
 *       stop words, {@link KazakhLightStemmer}; {@code ru} = NFKC case fold, Lucene's Russian stop words, Snowball
 *       Russian, then -н-/-ьн- removal; {@code en} = NFKC case fold, possessive 's removal, English stop words,
 *       Porter.</li>
 *   <li>{@link #folded()}: every language into the Kazakh key space (fold + light stemmer, no stop words), for the
 *       field that lets a Russian-keyboard or ASCII query find Kazakh text.</li>
 *   <li>{@link #exact()}: NFKC case fold only, for ranking faithful letters higher.</li>
 *   <li>{@link #pairs()}: pairs of neighbouring folded words, for quoted phrases.</li>
 * </ul>
 */
public final class ShamyAnalyzers implements Closeable {

    /** The languages {@link #language(String)} accepts. */
    public static final List<String> LANGUAGES = Languages.CODES;

    /** Longer tokens (base64, run-together garbage) are dropped rather than indexed. */
    public static final int MAX_TOKEN = 255;

    private static final CharArraySet KAZAKH_STOP_KEYS = new CharArraySet(List.of(
            "және", "мен", "бен", "пен", "да", "де", "та", "те", "бұл", "ол", "осы", "сол", "үшін", "деп", "бір",
            "еді", "болып", "бойынша", "арқылы", "туралы", "сияқты", "немесе", "не", "ал", "бірақ", "әр", "әрі",
            "қана", "ғана", "тек", "оның", "олар", "біз", "сіз", "ма", "ме", "ба", "бе", "па", "пе", "ғой", "ішінде")
            .stream().map(KazakhScript::fold).collect(Collectors.toList()), false);

    private final Analyzer kazakh = new Kazakh(true);
    private final Analyzer folded = new Kazakh(false);
    private final Analyzer pairs = new Pairs();
    private final Analyzer russian = new Russian();
    private final Analyzer english = new English();
    private final Analyzer exact = new Exact();

    /** True for kk, ru and en, also with region or script subtags (kk-Latn, ru_RU) and in any case. */
    public static boolean supports(String language) {
        return language != null && LANGUAGES.contains(primary(language));
    }

    /** The stemming analyzer for a language; throws {@link UnsupportedLanguage} unless {@link #supports} it. */
    public Analyzer language(String language) {
        if (!supports(language)) {
            throw new UnsupportedLanguage(language);
        }
        return switch (primary(language)) {
            case "kk" -> kazakh;
            case "ru" -> russian;
            default -> english;
        };
    }

    /** Cross-script and keyboard folding of any text into the Kazakh key space, with the Kazakh light stemmer. */
    public Analyzer folded() {
        return folded;
    }

    /** ICU tokens with NFKC case folding only: no folding of letters, no stemming. */
    public Analyzer exact() {
        return exact;
    }

    /**
     * Each pair of neighbouring {@link #folded()} words as one token ("зерттеу сабағы" → "зерттеу сабағ"), no single
     * words: a two-word phrase is then one term to look up instead of two posting lists whose positions are
     * compared in every report holding both words.
     */
    public Analyzer pairs() {
        return pairs;
    }

    @Override
    public void close() {
        kazakh.close();
        folded.close();
        pairs.close();
        russian.close();
        english.close();
        exact.close();
    }

    private static String primary(String language) {
        String lower = language.trim().toLowerCase(Locale.ROOT);
        int cut = lower.indexOf('-') >= 0 ? lower.indexOf('-') : lower.indexOf('_');
        return cut >= 0 ? lower.substring(0, cut) : lower;
    }

    private static Tokenizer tokenizer() {
        return new ICUTokenizer();
    }

    private static TokenStream caseFolded(TokenStream in) {
        return new ICUNormalizer2Filter(new LengthFilter(in, 1, MAX_TOKEN));
    }

    /** Kazakh (with stop words) and the folded field (without): both end in the shared key. */
    private static final class Kazakh extends Analyzer {
        private final boolean stopWords;

        Kazakh(boolean stopWords) {
            this.stopWords = stopWords;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new LookAlikeLetterFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = tokenizer();
            TokenStream stream = new KazakhFoldingFilter(caseFolded(source));
            stream = new LengthFilter(stream, 1, MAX_TOKEN * 2);
            if (stopWords) {
                stream = new StopFilter(stream, KAZAKH_STOP_KEYS);
            }
            return new TokenStreamComponents(source, new KazakhLightStemFilter(stream));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new KazakhFoldingFilter(new ICUNormalizer2Filter(in));
        }
    }

    /** {@link Kazakh} without stop words, then word pairs only; a gap left by a dropped word pairs with "_". */
    private static final class Pairs extends Analyzer {
        private final Kazakh folded = new Kazakh(false);

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new LookAlikeLetterFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            TokenStreamComponents words = folded.createComponents(fieldName);
            ShingleFilter pairs = new ShingleFilter(words.getTokenStream(), 2, 2);
            pairs.setOutputUnigrams(false);
            pairs.setOutputUnigramsIfNoShingles(false);
            return new TokenStreamComponents(words.getSource(), pairs);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return folded.normalize(fieldName, in);
        }

        @Override
        public void close() {
            folded.close();
            super.close();
        }
    }

    private static final class Russian extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new LookAlikeLetterFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = tokenizer();
            TokenStream stream = new StopFilter(caseFolded(source), RussianAnalyzer.getDefaultStopSet());
            stream = new SnowballFilter(stream, new RussianStemmer());
            return new TokenStreamComponents(source, new RussianDerivationFilter(stream));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUNormalizer2Filter(in);
        }
    }

    private static final class English extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new LookAlikeLetterFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = tokenizer();
            TokenStream stream = new EnglishPossessiveFilter(caseFolded(source));
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUNormalizer2Filter(in);
        }
    }

    private static final class Exact extends Analyzer {
        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new LookAlikeLetterFilter(reader);
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = tokenizer();
            return new TokenStreamComponents(source, caseFolded(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUNormalizer2Filter(in);
        }
    }
}
