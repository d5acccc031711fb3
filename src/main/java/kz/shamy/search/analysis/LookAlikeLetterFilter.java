package kz.shamy.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Mends words that mix Cyrillic and Latin letters of the same shape before the tokenizer sees them. The ICU
 * tokenizer breaks a word where its script changes, so "бiлiм" typed with the Latin i (the і a Russian keyboard
 * lacks) became five one-letter tokens (б, i, л, i, м). A word with a Cyrillic letter whose Latin letters all have a
 * Cyrillic twin (a c e i o p x y k h, and A B C E H I K M O P T X Y) takes the twins (бiлiм → білім); else a word
 * with a Latin letter whose Cyrillic letters all have a Latin twin takes those (mektеp with a Cyrillic е → mektep).
 * Any other mixture is left alone. One character for one, so offsets need no correction.
 */
final class LookAlikeLetterFilter extends BaseCharFilter {

    private static final String LATIN = "aceiopxykhABCEHIKMOPTXY";
    private static final String CYRILLIC = "асеіорхукһАВСЕНІКМОРТХУ";

    private static final Map<Character, Character> TO_CYRILLIC = twins(LATIN, CYRILLIC);
    private static final Map<Character, Character> TO_LATIN = twins(CYRILLIC, LATIN);

    private String text;
    private int position;

    LookAlikeLetterFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (text == null) {
            text = mend(readAll());
        }
        if (position >= text.length()) {
            return -1;
        }
        int n = Math.min(length, text.length() - position);
        text.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    private String readAll() throws IOException {
        StringBuilder all = new StringBuilder();
        char[] chunk = new char[8192];
        for (int n = input.read(chunk); n != -1; n = input.read(chunk)) {
            all.append(chunk, 0, n);
        }
        return all.toString();
    }

    static String mend(String text) {
        char[] chars = null;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean cyrillic = false;
            boolean latin = false;
            boolean latinAllTwinned = true;
            boolean cyrillicAllTwinned = true;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                char c = text.charAt(end);
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.CYRILLIC) {
                    cyrillic = true;
                    cyrillicAllTwinned &= TO_LATIN.containsKey(c);
                } else if (script == Character.UnicodeScript.LATIN) {
                    latin = true;
                    latinAllTwinned &= TO_CYRILLIC.containsKey(c);
                }
                end++;
            }
            if (cyrillic && latin && (latinAllTwinned || cyrillicAllTwinned)) {
                Map<Character, Character> twins = latinAllTwinned ? TO_CYRILLIC : TO_LATIN;
                chars = chars == null ? text.toCharArray() : chars;
                for (int j = i; j < end; j++) {
                    Character twin = twins.get(text.charAt(j));
                    if (twin != null) {
                        chars[j] = twin;
                    }
                }
            }
            i = end;
        }
        return chars == null ? text : new String(chars);
    }

    private static Map<Character, Character> twins(String from, String to) {
        Map<Character, Character> map = new HashMap<>();
        for (int i = 0; i < from.length(); i++) {
            map.put(from.charAt(i), to.charAt(i));
        }
        return Map.copyOf(map);
    }
}
