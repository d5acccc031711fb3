package kz.shamy.search.analysis;

import java.util.List;

/**
 * A light suffix stemmer for Kazakh, written for Shamy (neither Lucene nor Snowball has one). It works on the
 * folded key of {@link KazakhScript#fold(String)}, so one rule set serves Cyrillic, 2021 Latin, informal Latin and
 * Russian-keyboard input, and the harmony variants ы/і, ғ/г, қ/к collapse (-ның and -нің are both {@code nin}).
 *
 * <p>A Kazakh noun stacks stem + plural + possessive + case; the stemmer peels at most one suffix per slot from the
 * right: case, then possessive, then plural. A suffix is removed only when
 * <ul>
 *   <li>at least {@value #MIN_STEM} letters including a vowel remain;</li>
 *   <li>its first consonant agrees with the sound before it, as Kazakh assimilation requires: plural -лар/-лер after
 *       a vowel or р, -дар/-дер after з ж л м н ң, -тар/-тер after a voiceless consonant (or б в г д); locative
 *       -да/-де after a vowel or voiced consonant, -та/-те after a voiceless one; likewise dative -ға/-қа, ablative
 *       -дан/-нан/-тан, genitive -ның/-дың/-тың, accusative -ны/-ды/-ты, instrumental -мен/-бен/-пен. So балта
 *       (axe) keeps its -та (л is voiced) and never meets бал (honey); Алматы never loses -ты;</li>
 *   <li>vowel harmony is not broken: a back suffix (with a) is never removed after a stem whose last vowel is e;</li>
 *   <li>the forms used only after a 3rd-person possessive (-ында/-інде, -ына/-іне, -ынан/-інен, -ын/-ін) are removed
 *       only when a possessive is really there: -сы/-сі after a vowel, -ы/-і after б or г (мектебі, сабағы), or -ы/-і
 *       after a plural (мектептері). So машина keeps -на.</li>
 * </ul>
 * Possessives removed: -ымыз/-іміз/-мыз/-міз, -ыңыз/-іңіз/-ңыз/-ңіз, and -ы/-і and -ым/-ім after б, г or a plural.
 * Elsewhere the short -ым/-ің/-сы are left alone: мұғалім, жұмыс and жақсы end in the same letters. The attributive
 * locative -дағы/-дегі/-тағы/-тегі (and -ндағы after a possessive) goes with the case endings. Then a final ы/і after a
 * consonant is dropped from every key (мұғалімі and жұмысы meet мұғалім and жұмыс; оқушы and оқушылар both become
 * okush), and a final b or g becomes p or k, undoing the alternation мектеп → мектебі, сабақ → сабағы. Words whose own ending looks like a case suffix
 * (-стан, теңге) keep it.
 *
 * <p>Verb forms are read by {@link KazakhVerbs} where no noun reading fits: finite forms on the whole key first, then
 * participles and verbal nouns once the noun suffixes on them are peeled. Their key is the verbal noun's (зерттеді =
 * зерттеу), so a verb never meets the noun its stem spells (жазу is not жаз).
 */
public final class KazakhLightStemmer {

    /** Fewest letters a stem keeps (ұл/ұлдар therefore stay apart; a light stemmer prefers precision). */
    public static final int MIN_STEM = 3;

    private static final String VOWELS = "aeiou";
    private static final String VOICELESS_CONSONANTS = "kpsthfcbvgdx";

    /** Which sound may precede a suffix. */
    private enum Before {
        VOWEL, VOWEL_OR_R, VOWEL_OR_NASAL, VOWEL_OR_VOICED, VOWEL_OR_VOICED_NO_NASAL, NASAL_OR_POSSESSIVE_3, VOICED_NO_R,
        VOICED_NO_NASAL, VOICED, VOICELESS, POSSESSIVE_3
    }

    private record Suffix(String form, Before before) {
    }

    private static final List<Suffix> CASE = List.of(
            // instrumental, long forms first
            new Suffix("menen", Before.VOWEL_OR_VOICED), new Suffix("benen", Before.VOICED_NO_R),
            new Suffix("penen", Before.VOICELESS),
            new Suffix("men", Before.VOWEL_OR_VOICED), new Suffix("ben", Before.VOICED_NO_R),
            new Suffix("pen", Before.VOICELESS),
            // attributive locative (мектептегі, ауылдағы, жобасындағы), before the locative it contains
            new Suffix("ndagi", Before.POSSESSIVE_3), new Suffix("ndegi", Before.POSSESSIVE_3),
            new Suffix("dagi", Before.VOWEL_OR_VOICED), new Suffix("degi", Before.VOWEL_OR_VOICED),
            new Suffix("tagi", Before.VOICELESS), new Suffix("tegi", Before.VOICELESS),
            // locative, ablative and dative after a 3rd-person possessive
            new Suffix("nda", Before.POSSESSIVE_3), new Suffix("nde", Before.POSSESSIVE_3),
            // ablative
            new Suffix("dan", Before.VOWEL_OR_VOICED_NO_NASAL), new Suffix("den", Before.VOWEL_OR_VOICED_NO_NASAL),
            new Suffix("nan", Before.NASAL_OR_POSSESSIVE_3), new Suffix("nen", Before.NASAL_OR_POSSESSIVE_3),
            new Suffix("tan", Before.VOICELESS), new Suffix("ten", Before.VOICELESS),
            // genitive
            new Suffix("nin", Before.VOWEL_OR_NASAL), new Suffix("din", Before.VOICED_NO_NASAL),
            new Suffix("tin", Before.VOICELESS),
            // locative
            new Suffix("da", Before.VOWEL_OR_VOICED), new Suffix("de", Before.VOWEL_OR_VOICED),
            new Suffix("ta", Before.VOICELESS), new Suffix("te", Before.VOICELESS),
            // dative
            new Suffix("ga", Before.VOWEL_OR_VOICED), new Suffix("ge", Before.VOWEL_OR_VOICED),
            new Suffix("ka", Before.VOICELESS), new Suffix("ke", Before.VOICELESS),
            new Suffix("na", Before.POSSESSIVE_3), new Suffix("ne", Before.POSSESSIVE_3),
            // accusative
            new Suffix("ni", Before.VOWEL), new Suffix("di", Before.VOICED),
            new Suffix("ti", Before.VOICELESS),
            new Suffix("n", Before.POSSESSIVE_3));

    /** Stems whose own ending looks like a case suffix: -стан is not ablative -тан (Қазақстан, Түркістан). */
    private static final List<String> PROTECTED_ENDINGS = List.of("stan", "tenge");

    private static final List<String> PLURAL_FORMS = List.of("lar", "ler", "dar", "der", "tar", "ter");

    private KazakhLightStemmer() {
    }

    /** Stems a folded key (see {@link KazakhScript#fold}); returns the key itself when no rule applies. */
    public static String stem(String key) {
        String verb = KazakhVerbs.finiteForm(key);
        if (verb != null) {
            return verb;
        }
        String s = stripCase(key);
        s = stripPossessive(s);
        s = stripPlural(s);
        s = stripLoanAdjective(s);
        verb = KazakhVerbs.nonFiniteForm(s);
        if (verb != null) {
            return verb;
        }
        s = dropFinalHighVowel(s);
        return devoiceEnd(s);
    }

    /**
     * The other key of a stem that ends in a vowel, with or without the third-person possessive -сы/-сі: жоба
     * ({@code joba}) and жобасы ({@code jobas}), үйірме and үйірмесі. {@link #stem} cannot take -сы off, since a stem's
     * own -с with the possessive -ы looks the same (жұмысы = жұмыс + ы), so a query looks for both keys instead.
     * Only after a, e, o or u: before -ы/-і (оқушы + сы = {@code okushis}) the key cannot tell -сы from the stem's
     * own -ыс (жұмыс = {@code jumis}). Null when the key has no such sibling.
     */
    public static String possessiveSibling(String stemmed) {
        if (stemmed.length() > MIN_STEM && stemmed.endsWith("s") && isFullVowel(stemmed.charAt(stemmed.length() - 2))) {
            return stemmed.substring(0, stemmed.length() - 1);
        }
        if (stemmed.length() >= MIN_STEM && isFullVowel(stemmed.charAt(stemmed.length() - 1))) {
            return stemmed + "s";
        }
        return null;
    }

    /**
     * The adjective Kazakh makes of a borrowed noun in -ия or -ика with -лық/-лік keeps the noun's key: экологиялық
     * (ecological) is экология, педагогикалық is педагогика, инновациялық is инновация. Only after those two endings,
     * which no native stem has: the same suffix on a native noun makes a new word (жобалық, project-based, is not
     * жоба, project; оқулық, textbook, is not оқу).
     */
    private static String stripLoanAdjective(String s) {
        if ((s.endsWith("ialik") || s.endsWith("ikalik")) && s.length() - 3 > MIN_STEM + 1) {
            return s.substring(0, s.length() - 3);
        }
        return s;
    }

    private static boolean isFullVowel(char c) {
        return c == 'a' || c == 'e' || c == 'o' || c == 'u';
    }

    private static String stripCase(String s) {
        for (String ending : PROTECTED_ENDINGS) {
            if (s.endsWith(ending)) {
                return s;
            }
        }
        for (Suffix suffix : CASE) {
            if (canStrip(s, suffix.form())) {
                String rest = s.substring(0, s.length() - suffix.form().length());
                if (allows(suffix.before(), rest) && harmonious(rest, suffix.form())) {
                    return rest;
                }
            }
        }
        return s;
    }

    private static String stripPossessive(String s) {
        for (String form : List.of("imiz", "iniz")) {
            if (canStrip(s, form) && !isVowel(charBefore(s, form.length()))) {
                return s.substring(0, s.length() - form.length());
            }
        }
        for (String form : List.of("miz", "niz")) {
            if (canStrip(s, form) && isVowel(charBefore(s, form.length()))) {
                return s.substring(0, s.length() - form.length());
            }
        }
        // -ы/-і (3rd person) and -ым/-ім (1st person singular) where the stem shows it took a suffix: after an
        // alternated б or г (кітабы, кітабым) or a plural (әріптестері, әріптестерім); elsewhere -ім is a stem's own
        // ending as often as not (мұғалім)
        for (String form : List.of("im", "i")) {
            if (canStrip(s, form)) {
                String rest = s.substring(0, s.length() - form.length());
                if (endsInAlternatedConsonant(rest) || endsInPlural(rest)
                        || form.equals("i") && (rest.endsWith("u") || KazakhVerbs.endsInParticiple(rest))) {
                    return rest;
                }
            }
        }
        return s;
    }

    private static String stripPlural(String s) {
        for (String form : PLURAL_FORMS) {
            if (canStrip(s, form)) {
                String rest = s.substring(0, s.length() - form.length());
                Before before = switch (form.charAt(0)) {
                    case 'l' -> Before.VOWEL_OR_R;
                    case 'd' -> Before.VOICED_NO_R;
                    default -> Before.VOICELESS;
                };
                if (allows(before, rest) && harmonious(rest, form)) {
                    return rest;
                }
            }
        }
        return s;
    }

    private static boolean canStrip(String s, String form) {
        if (!s.endsWith(form)) {
            return false;
        }
        String rest = s.substring(0, s.length() - form.length());
        return rest.length() >= MIN_STEM && hasVowel(rest);
    }

    private static boolean allows(Before before, String rest) {
        char c = rest.charAt(rest.length() - 1);
        return switch (before) {
            case VOWEL -> isVowel(c);
            case VOWEL_OR_R -> isVowel(c) || c == 'r';
            case NASAL_OR_POSSESSIVE_3 -> c == 'm' || c == 'n' || hasThirdPersonPossessive(rest);
            case VOWEL_OR_NASAL -> isVowel(c) || c == 'm' || c == 'n';
            // -ды/-дың also after у, which is a consonant (w) to the suffixes: оқуды, ойлаудың, жазудың
            case VOICED_NO_NASAL -> "rzjlu".indexOf(c) >= 0;
            case VOICED_NO_R -> "mnzjl".indexOf(c) >= 0;
            case VOICED -> "rmnzjlu".indexOf(c) >= 0;
            case VOWEL_OR_VOICED -> isVowel(c) || "rmnzjl".indexOf(c) >= 0;
            case VOWEL_OR_VOICED_NO_NASAL -> isVowel(c) || "rzjl".indexOf(c) >= 0;
            case VOICELESS -> VOICELESS_CONSONANTS.indexOf(c) >= 0;
            case POSSESSIVE_3 -> hasThirdPersonPossessive(rest);
        };
    }

    /** -сы/-сі after a vowel, or -ы/-і after an alternated consonant or a plural. */
    private static boolean hasThirdPersonPossessive(String rest) {
        if (!rest.endsWith("i")) {
            return false;
        }
        String before = rest.substring(0, rest.length() - 1);
        if (before.endsWith("s") && before.length() >= 2 && isVowel(before.charAt(before.length() - 2))) {
            return true;
        }
        return endsInAlternatedConsonant(before) || endsInPlural(before)
                || before.length() >= MIN_STEM && before.endsWith("u") || KazakhVerbs.endsInParticiple(before);
    }

    private static boolean endsInAlternatedConsonant(String s) {
        return s.length() >= MIN_STEM && (s.endsWith("b") || s.endsWith("g"));
    }

    private static boolean endsInPlural(String s) {
        for (String form : PLURAL_FORMS) {
            if (s.endsWith(form) && s.length() - form.length() >= MIN_STEM) {
                return true;
            }
        }
        return false;
    }

    /** A suffix with a (back) never follows a stem whose last vowel is e (front). */
    static boolean harmonious(String rest, String form) {
        if (form.indexOf('a') < 0) {
            return true;
        }
        for (int i = rest.length() - 1; i >= 0; i--) {
            if (isVowel(rest.charAt(i))) {
                return rest.charAt(i) != 'e';
            }
        }
        return true;
    }

    /**
     * Drops a final ы/і after a consonant, whatever it was (3rd-person possessive мұғалімі, accusative, or the stem's
     * own vowel as in оқушы): done to every key, bare or suffixed, it cannot split a word's forms apart.
     */
    private static String dropFinalHighVowel(String s) {
        if (s.endsWith("i") && s.length() > MIN_STEM && !isVowel(s.charAt(s.length() - 2))) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static String devoiceEnd(String s) {
        if (s.length() > MIN_STEM && s.endsWith("b")) {
            return s.substring(0, s.length() - 1) + "p";
        }
        if (s.length() > MIN_STEM && s.endsWith("g")) {
            return s.substring(0, s.length() - 1) + "k";
        }
        return s;
    }

    private static char charBefore(String s, int suffixLength) {
        return s.charAt(s.length() - suffixLength - 1);
    }

    static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isVowel(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
