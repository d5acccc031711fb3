package kz.shamy.search.analysis;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Shamy's own rule set for the Kazakh scripts: Cyrillic, the official 2021 Latin alphabet, informal ASCII Latin and
 * Kazakh typed on a Russian keyboard. ICU ships only the BGN/PCGN romanisation for Kazakh, which is neither the 2021
 * alphabet nor what people type, so the rules are written out here (and in {@code docs/KAZAKH-ANALYSIS.md}).
 *
 * <p>{@link #toLatin(String)} transliterates Cyrillic into the 2021 alphabet, letter for letter:
 * а a, ә ä, б b, в v, г g, ғ ğ, д d, е e, ё io, ж j, з z, и i, й i, і ı, к k, қ q, л l, м m, н n, ң ñ, о o, ө ö,
 * п p, р r, с s, т t, у u, ұ ū, ү ü, ф f, х h, һ h, ц ts, ч ch, ш ş, щ şş, ъ –, ы y, ь –, э e, ю iu, я ia.
 *
 * <p>{@link #fold(String)} maps a word in any of the four spellings to one lower-case ASCII <em>key</em>, so that
 * мектеп, mektep; мұғалім, mūğalım, mugalim, мугалим; қала, кала, qala, kala each share a key. The key forgets exactly
 * the distinctions that one of the spellings cannot express:
 * <ol>
 *   <li>Letters: ә ä → a; ғ г ğ → g; қ к q → k; ң н ñ ŋ → n; ө о ö → o; ұ ү у ū ü → u; і и й ы ı İ y → i;
 *       һ х h → h; ш ş → sh; щ → sh; ч ç → ch; ц → ts; ж → j; ё → io; э → e; ю → iu; я → ia; ъ ь and apostrophes
 *       are dropped; other letters lose their accents (é → e); upper case becomes lower case.</li>
 *   <li>Informal digraphs: zh → j (Zhanna = Жанна), kh → h, gh → g; shch → sh; ae → a (maetin = мәтін); a Latin c →
 *       ts before e, i, y (funkciya = функция) and k elsewhere; a word-initial ie (from "ye") → e. With y read as i,
 *       ya, yu, yo meet я, ю, ё.</li>
 *   <li>A doubled i (from ий, iy, ый) → i; şş/shsh → sh.</li>
 * </ol>
 * Keys collide more often than words do (қыз and кіз both fold to kiz); that is the point for a recall field, and an
 * exact-letters field keeps the faithful spelling (a quoted phrase typed in it ranks first). The key keeps e apart
 * from a, which the stemmer uses for vowel harmony.
 */
public final class KazakhScript {

    private static final Map<Integer, String> LATIN_2021 = new HashMap<>();
    private static final Map<Integer, String> KEY = new HashMap<>();

    static {
        String[][] table = {
                // Cyrillic, 2021 Latin, folded key
                {"а", "a", "a"}, {"ә", "ä", "a"}, {"б", "b", "b"}, {"в", "v", "v"}, {"г", "g", "g"},
                {"ғ", "ğ", "g"}, {"д", "d", "d"}, {"е", "e", "e"}, {"ё", "io", "io"}, {"ж", "j", "j"},
                {"з", "z", "z"}, {"и", "i", "i"}, {"й", "i", "i"}, {"і", "ı", "i"}, {"к", "k", "k"},
                {"қ", "q", "k"}, {"л", "l", "l"}, {"м", "m", "m"}, {"н", "n", "n"}, {"ң", "ñ", "n"},
                {"о", "o", "o"}, {"ө", "ö", "o"}, {"п", "p", "p"}, {"р", "r", "r"}, {"с", "s", "s"},
                {"т", "t", "t"}, {"у", "u", "u"}, {"ұ", "ū", "u"}, {"ү", "ü", "u"}, {"ф", "f", "f"},
                {"х", "h", "h"}, {"һ", "h", "h"}, {"ц", "ts", "ts"}, {"ч", "ch", "ch"}, {"ш", "ş", "sh"},
                {"щ", "şş", "sh"}, {"ъ", "", ""}, {"ы", "y", "i"}, {"ь", "", ""}, {"э", "e", "e"},
                {"ю", "iu", "iu"}, {"я", "ia", "ia"},
                // letters of neighbouring Cyrillic alphabets that turn up in pasted text
                {"ӯ", "ū", "u"}, {"ї", "ı", "i"}, {"є", "e", "e"}, {"ў", "u", "u"},
        };
        for (String[] row : table) {
            LATIN_2021.put(row[0].codePointAt(0), row[1]);
            KEY.put(row[0].codePointAt(0), row[2]);
        }
        String[][] latin = {
                // 2021 alphabet (and Ç, which some 2021 tables give for ч)
                {"ä", "a"}, {"ğ", "g"}, {"ı", "i"}, {"ñ", "n"}, {"ö", "o"}, {"ş", "sh"}, {"ū", "u"}, {"ü", "u"},
                {"ç", "ch"},
                // 2018 acute alphabet (ý was у there) and the 2019 draft (ŋ)
                {"á", "a"}, {"ǵ", "g"}, {"ń", "n"}, {"ó", "o"}, {"ú", "u"}, {"ý", "u"}, {"ŋ", "n"},
                // informal stand-ins: schwa for ә, barred o for ө
                {"ə", "a"}, {"ɵ", "o"},
        };
        for (String[] row : latin) {
            KEY.put(row[0].codePointAt(0), row[1]);
        }
    }

    private KazakhScript() {
    }

    /** Transliterates Kazakh Cyrillic into the official 2021 Latin alphabet; other characters pass unchanged. */
    public static String toLatin(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int lower = Character.toLowerCase(cp);
            String latin = LATIN_2021.get(lower);
            if (latin == null) {
                out.appendCodePoint(cp);
            } else if (lower != cp && !latin.isEmpty()) {
                out.append(upperFirst(latin)).append(latin, 1, latin.length());
            } else {
                out.append(latin);
            }
        }
        return out.toString();
    }

    private static String upperFirst(String latin) {
        return switch (latin.charAt(0)) {
            case 'i' -> "İ";
            case 'ı' -> "I";
            default -> String.valueOf(Character.toUpperCase(latin.charAt(0)));
        };
    }

    /**
     * Folds one word (a token) written in any Kazakh spelling, or any other word, to the shared key described in the
     * class comment. Never null; a word of only dropped characters folds to the empty string.
     */
    public static String fold(String word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            int lower = Character.toLowerCase(cp);
            String mapped = KEY.get(lower);
            if (mapped != null) {
                out.append(mapped);
            } else if (lower < 0x80) {
                if (lower != '\'' && lower != '`') {
                    out.append((char) lower);
                }
            } else if (isDropped(lower)) {
                // combining marks (İ lower-cased by ICU to i + U+0307), apostrophes and modifier letters
            } else {
                appendWithoutAccents(out, lower);
            }
        }
        return applyDigraphRules(out);
    }

    private static boolean isDropped(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.MODIFIER_LETTER || type == Character.MODIFIER_SYMBOL || type == Character.FORMAT
                || cp == '’' || cp == '‘' || cp == 'ʼ';
    }

    private static void appendWithoutAccents(StringBuilder out, int cp) {
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        for (int j = 0; j < decomposed.length(); ) {
            int part = decomposed.codePointAt(j);
            j += Character.charCount(part);
            if (!isDropped(part)) {
                String mapped = KEY.get(part);
                out.append(mapped != null ? mapped : new String(Character.toChars(part)));
            }
        }
    }

    private static String applyDigraphRules(StringBuilder sb) {
        String s = sb.toString();
        if (s.indexOf('c') >= 0) {
            s = latinC(s);
        }
        if (s.indexOf('h') >= 0) {
            s = s.replace("shch", "sh").replace("zh", "j").replace("kh", "h").replace("gh", "g");
        }
        s = s.replace('y', 'i').replace('q', 'k');
        if (s.indexOf("ae") >= 0) {
            s = s.replace("ae", "a");
        }
        if (s.startsWith("ie") && s.length() > 2) {
            s = s.substring(1);
        }
        while (s.contains("ii")) {
            s = s.replace("ii", "i");
        }
        while (s.contains("shsh")) {
            s = s.replace("shsh", "sh");
        }
        return s;
    }

    /**
     * A Latin c: no Kazakh alphabet has it (ц is ts, ч is ch or ç), so it comes from Russian loanwords typed the
     * Polish or Latin way (funkciya, informaciya, licei) or from English. Before e, i or y it is ц (ts), as Russian
     * borrowed it (accent = акцент); elsewhere k (kompyuter, klass, computer); ch stays ч, ck is one k.
     */
    private static String latinC(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch != 'c') {
                out.append(ch);
                continue;
            }
            char next = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
            if (next == 'h') {
                out.append('c');
            } else if (next == 'k') {
                // ck is one k
            } else {
                out.append(next == 'e' || next == 'i' || next == 'y' ? "ts" : "k");
            }
        }
        return out.toString();
    }
}
