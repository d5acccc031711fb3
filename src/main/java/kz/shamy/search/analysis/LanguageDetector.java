package kz.shamy.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Tells which of Shamy's languages a text is in: {@code kk}, {@code ru} or {@code en}, never null. Thread-safe; build
 * one and share it (the library's language profiles load once, when a text first needs the library).
 * <ol>
 *   <li>Letters only Kazakh uses: if at least {@value #KAZAKH_WORD_SHARE} of the words carry a Kazakh Cyrillic letter
 *       (ә ғ қ ң ө ұ ү һ і) or a 2021 Latin one (ä ğ ı ñ ö ş ū ü), the text is Kazakh. A share, not a single hit,
 *       so a Russian text naming the school Ақсу stays Russian.</li>
 *   <li>Kazakh without its letters (informal Latin, a Russian keyboard): words are folded with
 *       {@link KazakhScript#fold} and counted against frequent Kazakh function words and noun suffixes (-лар, -дың,
 *       -ға, -дағы …) on one side and Russian or English function words and endings on the other.</li>
 *   <li>Otherwise Tika's Optimaize detector, restricted to Russian and English, decides; when it is unsure, the
 *       script decides (Cyrillic → ru, Latin → en).</li>
 * </ol>
 * A text without letters (empty, digits, punctuation) is {@value #DEFAULT_LANGUAGE}: Shamy's reports are mostly
 * Kazakh and the Kazakh analyzer, which folds scripts, is the most forgiving choice.
 */
public final class LanguageDetector {

    /** The answer when the text has no letters to judge. */
    public static final String DEFAULT_LANGUAGE = "kk";

    static final double KAZAKH_WORD_SHARE = 0.15;

    /** Only the start of a long text is read; a report's language does not change after 20,000 characters. */
    static final int MAX_CHARS = 20_000;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’]+");
    private static final Pattern KAZAKH_CYRILLIC = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");
    private static final Pattern KAZAKH_LATIN = Pattern.compile("[äğıñöşūüÄĞİÑÖŞŪÜ]");

    /** Folded keys of frequent Kazakh words that need no Kazakh letter to be typed. */
    private static final Set<String> KAZAKH_WORDS = Set.of(
            "jane", "men", "ben", "pen", "bul", "osi", "sol", "ushin", "dep", "bir", "edi", "bolip", "boinsha",
            "arkili", "turali", "siakti", "nemese", "birak", "gana", "kana", "tek", "onin", "olar", "biz", "siz",
            "mektep", "mugalim", "okushi", "sabak", "balalar", "kazak", "tili", "bar", "jok", "emes",
            "kerek", "ortasi", "jobasi", "jumis", "bilim", "kala", "auil", "oku", "kezinde", "retinde", "sinip");

    private static final Set<String> RUSSIAN_WORDS = Set.of(
            "и", "в", "во", "на", "с", "со", "что", "не", "по", "для", "это", "как", "из", "к", "от", "у", "о", "об",
            "а", "но", "за", "при", "же", "бы", "был", "была", "были", "было", "или", "также", "то", "все", "его",
            "ее", "их", "мы", "они", "он", "она", "так", "только", "уже", "который", "которые", "после", "между");

    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "and", "of", "to", "in", "is", "for", "with", "on", "that", "was", "were", "are", "by", "as", "at",
            "this", "from", "it", "an", "be", "or", "which", "their", "our", "we", "they", "has", "have", "how");

    private static final Pattern KAZAKH_SUFFIX = Pattern.compile(
            ".{3,}(lar|ler|dar|der|tar|ter|nin|din|tin|ga|ge|ka|ke|dagi|degi|tagi|tegi|daki|deki|ushi|imiz|mizdin)$");
    private static final Pattern RUSSIAN_ENDING = Pattern.compile(
            ".{2,}(ого|его|ому|ему|ый|ий|ая|яя|ое|ее|ые|ие|ых|их|ость|ости|ние|ния|нии|ция|ции|ться|ет|ют|ат|ят|ов|ами)$");

    /**
     * Loaded at the first text that reaches step 3, not at start-up: the profiles took 0.9-1.5 s of every start
     * (issue 13) and most texts are decided by their letters or words. Guarded by {@code this}.
     */
    private OptimaizeLangDetector library;

    /** The language of a text: {@code kk}, {@code ru} or {@code en}; {@value #DEFAULT_LANGUAGE} when it cannot tell. */
    public String detect(String text) {
        if (text == null) {
            return DEFAULT_LANGUAGE;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        int words = 0;
        int kazakhLetterWords = 0;
        int cyrillic = 0;
        int latin = 0;
        int kazakhScore = 0;
        int otherScore = 0;
        Matcher m = WORD.matcher(sample);
        while (m.find()) {
            String word = m.group();
            words++;
            if (KAZAKH_CYRILLIC.matcher(word).find() || KAZAKH_LATIN.matcher(word).find()) {
                kazakhLetterWords++;
            }
            if (isCyrillic(word)) {
                cyrillic++;
            } else {
                latin++;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            String key = KazakhScript.fold(word);
            if (RUSSIAN_WORDS.contains(lower) || ENGLISH_WORDS.contains(lower)) {
                otherScore += 2;
            } else if (KAZAKH_WORDS.contains(key)) {
                kazakhScore += 2;
            } else if (RUSSIAN_ENDING.matcher(lower).matches()) {
                otherScore++;
            } else if (KAZAKH_SUFFIX.matcher(key).matches()) {
                kazakhScore++;
            }
        }
        if (words == 0) {
            return DEFAULT_LANGUAGE;
        }
        if (kazakhLetterWords >= Math.max(1, KAZAKH_WORD_SHARE * words)) {
            return "kk";
        }
        if (kazakhScore > otherScore && kazakhScore >= 2) {
            return "kk";
        }
        return byLibrary(sample, cyrillic >= latin ? "ru" : "en");
    }

    private String byLibrary(String sample, String byScript) {
        LanguageResult result;
        synchronized (this) {
            result = library().detect(sample);
        }
        String language = result.getLanguage();
        boolean known = "ru".equals(language) || "en".equals(language);
        return known && result.isReasonablyCertain() ? language : byScript;
    }

    private OptimaizeLangDetector library() {
        if (library == null) {
            try {
                OptimaizeLangDetector loaded = new OptimaizeLangDetector();
                loaded.loadModels(Set.of("ru", "en"));
                library = loaded;
            } catch (IOException e) {
                throw new UncheckedIOException("Optimaize language profiles are missing from the classpath", e);
            }
        }
        return library;
    }

    private static boolean isCyrillic(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }
}
