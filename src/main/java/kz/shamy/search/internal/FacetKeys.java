package kz.shamy.search.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import kz.shamy.search.analysis.KazakhScript;

/**
 * One facet value however its reports spelled it: "Бастауыш білім", "Bastauyş bılım" and "Bastauysh bilim" share the
 * key {@code bastauish bilim} (each word folded by {@link KazakhScript#fold}, the search's cross-script rule), so the
 * search page shows them as one value and filtering by any of them selects all three.
 *
 * <p>Which spelling names the merged value depends on the reader: Kazakh and Russian readers read Cyrillic, so they
 * see a Cyrillic spelling when the reports have one; English readers read Latin, so they see a Latin one when the
 * reports have one, the official 2021 alphabet's (the Cyrillic one transliterated) before informal ones. Only
 * spellings some report carries are shown, never one made up here: with no spelling in the reader's script, the most
 * used other one stands. Among equals, the spelling more of the counted reports carry, then the first in byte order.
 */
public final class FacetKeys {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private FacetKeys() {
    }

    /** The folded key of a facet value: its words folded and joined by single spaces. */
    public static String key(String value) {
        String[] words = SPACES.split(value.strip());
        StringBuilder key = new StringBuilder(value.length());
        for (String word : words) {
            if (!word.isEmpty()) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(KazakhScript.fold(word));
            }
        }
        return key.toString();
    }

    /** Whether this reader is shown Latin spellings (English), rather than Cyrillic ones (Kazakh, Russian). */
    public static boolean readsLatin(Locale reader) {
        String language = reader == null ? "kk" : reader.getLanguage();
        return !language.equals("kk") && !language.equals("ru");
    }

    /**
     * The spelling that names a merged value for this reader; {@code spellings} in byte order, {@code counts} how
     * many counted reports carry each.
     */
    static String label(String[] spellings, long[] counts, boolean latinReader) {
        if (spellings.length == 1) {
            return spellings[0];
        }
        String official = null;
        if (latinReader) {
            for (String spelling : spellings) {
                if (isCyrillic(spelling)) {
                    String latin = KazakhScript.toLatin(spelling);
                    for (String other : spellings) {
                        if (other.equals(latin)) {
                            official = other;
                        }
                    }
                }
            }
        }
        if (official != null) {
            return official;
        }
        int best = 0;
        for (int i = 1; i < spellings.length; i++) {
            boolean fits = isCyrillic(spellings[i]) != latinReader;
            boolean bestFits = isCyrillic(spellings[best]) != latinReader;
            if (fits && !bestFits || fits == bestFits && counts[i] > counts[best]) {
                best = i;
            }
        }
        return spellings[best];
    }

    static boolean isCyrillic(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC);
    }
}
