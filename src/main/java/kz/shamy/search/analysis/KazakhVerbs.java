package kz.shamy.search.analysis;

import static kz.shamy.search.analysis.KazakhLightStemmer.harmonious;
import static kz.shamy.search.analysis.KazakhLightStemmer.isVowel;

/**
 * The verb forms common in reports, for {@link KazakhLightStemmer}: every form of a verb gets the key of its verbal
 * noun with the stem's final vowel dropped (зерттеу, зерттеді, зерттеген, зерттейтін, зерттейді → {@code zerttu};
 * алу, алады, алған, алмады → {@code alu}; оқу, оқыды, оқиды, оқыған → {@code oku}). The verbal noun is what
 * queries say (оқыту, зерттеу), and ending the key in u keeps a verb apart from the noun its stem spells (жаз summer
 * {@code jaz}, жазу writing {@code jazu}; қала {@code kala}, қалу {@code kalu}). The stem's last a, e or ы/і is dropped
 * because the present -ады/-еді of a consonant stem (ал-ады) and the past -ды of a vowel stem (жаса-ды) look the same.
 *
 * <p>A form is read as a verb only where no noun reading fits, since nouns and verbs share suffixes:
 * <ul>
 *   <li>past -ды/-ді (also -дық, -дым, -дыңыз) after a vowel: after a vowel a noun's accusative is -ны; the same
 *       ending covers the present -ады/-еді/-йды and the negative -мады/-майды;</li>
 *   <li>the past 1st person singular -дым/-дім also after a voiced consonant (бердім, түсіндім): no native noun ends
 *       in д to take the possessive -ым;</li>
 *   <li>past -ды/-ді after a consonant only after a stem that shows it is a verb: a causative -ғыз/-гіз/-қыз/-кіз or
 *       -дыр/-тыр after a consonant, maybe with a passive after it (өткізді, ұйымдастырды, өткізілді). Elsewhere
 *       -ды/-ты after a consonant is also the accusative (мектепті, тәсілді) and the noun reading wins: берді,
 *       оқытты, тексерілді stay with бер, оқыт, тексеріл;</li>
 *   <li>the past participle -ған/-ген after a vowel or voiced consonant, -қан/-кен after a voiceless one (so дүкен
 *       keeps its -кен), after the noun suffixes on it are peeled (өткізгенде, алғанымызда);</li>
 *   <li>the participle -йтын/-йтін after a vowel (зерттейтін; қорытынды is no оқитын), and -атын/-етін and the
 *       converb -ып/-іп only after a causative stem as above: мақсатын (its aim) and сынып (class) look like ал-атын
 *       and сын-ып;</li>
 *   <li>the verbal noun -у, with -ы/-і, case and plural after it (оқуы, зерттеуінің, оқуға).</li>
 * </ul>
 * Under these a negation -ма/-ме (after a vowel, р, л; й and у are vowels in the key), -ба/-бе (after м, н, з, ж),
 * -па/-пе (after a voiceless consonant) and a passive -ыл/-іл after a consonant come off, so a verb's negative and
 * passive forms meet it. A bare -ма stays: алма (apple) is not ал- + not.
 */
final class KazakhVerbs {

    /** Fewest letters a verb's stem keeps before the key's u (ал-, оқ(ы)-). */
    private static final int MIN_VERB_STEM = 2;

    private static final String VOICELESS = "kpsthfcbvgdx";
    /** After these the participle is -ған/-ген (vowels are checked apart). */
    private static final String VOICED = "rlmnzj";

    private KazakhVerbs() {
    }

    /**
     * The key of a verb form read from the whole key, before any noun suffix is peeled, else null: finite forms, and a
     * participle with the possessive -ы/-і or -ын/-ін, which the noun rules would read as the accusative -ні after a
     * vowel (өткізге-ні) or the genitive -нің (алға-нын).
     */
    static String finiteForm(String key) {
        for (String possessive : new String[] {"in", "i"}) {
            if (key.endsWith(possessive)) {
                String rest = key.substring(0, key.length() - possessive.length());
                if (endsInParticiple(rest)) {
                    String verb = verbKey(stripNounlessPassive(rest.substring(0, rest.length() - 3)));
                    if (verb != null) {
                        return verb;
                    }
                }
            }
        }
        // past (with person) and present 3rd person; longest first
        for (String ending : new String[] {"diniz", "dik", "dim", "di"}) {
            if (!key.endsWith(ending)) {
                continue;
            }
            String rest = key.substring(0, key.length() - ending.length());
            if (rest.length() < MIN_VERB_STEM) {
                return null;
            }
            char last = rest.charAt(rest.length() - 1);
            // the 1st person singular -дым/-дім after a voiced consonant too: no native noun ends in д to take -ым
            if (last == 'a' || last == 'e' || last == 'i' || showsVerb(rest)
                    || ending.equals("dim") && VOICED.indexOf(last) >= 0) {
                return verbKey(rest);
            }
            return null;
        }
        return null;
    }

    /** The key of a participle, converb or verbal noun whose noun suffixes are already peeled; else null. */
    static String nonFiniteForm(String s) {
        if (endsInParticiple(s)) {
            return verbKey(stripNounlessPassive(s.substring(0, s.length() - 3)));
        }
        // -йтын/-йтін after a vowel stem only: after a consonant the same letters end қорыт-ын(-ды), conclusion
        if (s.endsWith("itin") && s.length() - 4 >= MIN_VERB_STEM && isVowel(s.charAt(s.length() - 5))) {
            return verbKey(s.substring(0, s.length() - 4));
        }
        for (String ending : new String[] {"atin", "etin", "ip"}) {
            if (s.endsWith(ending)) {
                String rest = s.substring(0, s.length() - ending.length());
                return showsVerb(rest) ? verbKey(rest) : null;
            }
        }
        if (s.endsWith("u") && s.length() > MIN_VERB_STEM) {
            String rest = s.substring(0, s.length() - 1);
            // ы/і + у contracts to у (оқы + у = оқу), so a verbal noun never has i before its u (Russian историю has)
            return rest.endsWith("i") ? null : verbKey(stripNounlessPassive(rest));
        }
        return null;
    }

    /** -ған/-ген after a vowel or voiced consonant, -қан/-кен after a voiceless one, on a stem of two letters. */
    static boolean endsInParticiple(String s) {
        if (s.length() - 3 < MIN_VERB_STEM || !hasVowel(s.substring(0, s.length() - 3))) {
            return false;
        }
        String stem = s.substring(0, s.length() - 3);
        String suffix = s.substring(s.length() - 3);
        char before = stem.charAt(stem.length() - 1);
        boolean fits = switch (suffix) {
            case "gan", "gen" -> isVowel(before) || VOICED.indexOf(before) >= 0;
            case "kan", "ken" -> VOICELESS.indexOf(before) >= 0;
            default -> false;
        };
        return fits && harmonious(stem, suffix);
    }

    /**
     * A stem that can only be a verb: it ends in a causative -ғыз/-гіз/-қыз/-кіз or -дыр/-дір/-тыр/-тір after a
     * consonant, maybe with a passive -ыл/-іл after it (өткіз, жүргіз, ұйымдастыр, өткізіл; негіз and батыр have a
     * vowel there). A passive alone is no sign: тәсіл (method), көңіл and қабілет end in the same letters.
     */
    private static boolean showsVerb(String stem) {
        String s = endsInPassive(stem) ? stem.substring(0, stem.length() - 2) : stem;
        for (String causative : new String[] {"giz", "kiz", "dir", "tir"}) {
            if (s.endsWith(causative) && s.length() - 3 >= MIN_VERB_STEM && !isVowel(s.charAt(s.length() - 4))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsInPassive(String stem) {
        return stem.endsWith("il") && stem.length() - 2 >= 3 && !isVowel(stem.charAt(stem.length() - 3))
                && hasVowel(stem.substring(0, stem.length() - 2));
    }

    /**
     * The passives that a noun stem's own ending would also spell, taken off only before a participle or a verbal
     * noun, which no noun takes: -л after а/е with four letters before it (зерттел-ген, жасал-ған; мысал and құрал
     * end so too, and әкел- is not әке + -л) and -ын/-ін after л (алын-ған, бөлін-ген; орын ends so too).
     */
    private static String stripNounlessPassive(String stem) {
        int n = stem.length();
        if (n >= 5 && stem.endsWith("l") && (stem.charAt(n - 2) == 'a' || stem.charAt(n - 2) == 'e')) {
            return stem.substring(0, n - 1);
        }
        if (n >= 4 && stem.endsWith("lin")) {
            return stem.substring(0, n - 2);
        }
        return stem;
    }

    /**
     * The key of a verb stem: the present's й after a vowel, a negation and a passive come off, then the stem's last
     * a, e or ы/і, and u is added. Null when too little would be left (са-йтын is not a verb; сайтын is a website's).
     */
    private static String verbKey(String stem) {
        String s = stem;
        if (s.endsWith("i") && s.length() > MIN_VERB_STEM && isVowel(s.charAt(s.length() - 2))) {
            s = s.substring(0, s.length() - 1);
        }
        s = stripNegation(s);
        if (endsInPassive(s)) {
            s = s.substring(0, s.length() - 2);
        }
        char last = s.charAt(s.length() - 1);
        if (last == 'a' || last == 'e' || last == 'i') {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() < MIN_VERB_STEM || !hasVowel(s) || isVowel(s.charAt(s.length() - 1))) {
            return null;
        }
        // п/б and к/ғ alternate as in nouns: тап-қан and таб-у, ақ-ты and ағ-у
        return switch (s.charAt(s.length() - 1)) {
            case 'b' -> s.substring(0, s.length() - 1) + "pu";
            case 'g' -> s.substring(0, s.length() - 1) + "ku";
            default -> s + "u";
        };
    }

    private static String stripNegation(String s) {
        if (s.length() - 2 < MIN_VERB_STEM) {
            return s;
        }
        String ending = s.substring(s.length() - 2);
        String rest = s.substring(0, s.length() - 2);
        if (!hasVowel(rest)) {
            return s;
        }
        char before = rest.charAt(rest.length() - 1);
        boolean fits = switch (ending) {
            case "ma", "me" -> isVowel(before) || before == 'r' || before == 'l';
            case "ba", "be" -> "mnzj".indexOf(before) >= 0;
            case "pa", "pe" -> VOICELESS.indexOf(before) >= 0;
            default -> false;
        };
        return fits && harmonious(rest, ending) ? rest : s;
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
