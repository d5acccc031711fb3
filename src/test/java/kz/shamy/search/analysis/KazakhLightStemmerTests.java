package kz.shamy.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KazakhLightStemmerTests {

    private static String stem(String word) {
        return KazakhLightStemmer.stem(KazakhScript.fold(word));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // after у (a consonant, w, to the suffixes) the accusative and genitive are -ды/-дың
            "бағалауды, bagalu",
            // a borrowed noun's adjective in -иялық/-икалық keeps the noun's key, in every script
            "экологиялық, ekologia",
            "ekologiialyq, ekologia",
            "ekologiyalyk, ekologia",
            "педагогикалық, pedagogika",
            "жобалық, jobalik",
            "ойлаудың, oilu",
            "oilaudy, oilu",
            "оқуды, oku",
            // plural, case, plural + case, possessive + case, alternation п/б, к/г
            "мектеп, mektep",
            "мектептер, mektep",
            "мектептерде, mektep",
            "мектептердің, mektep",
            "мектептерге, mektep",
            "мектептерден, mektep",
            "мектепке, mektep",
            "мектепте, mektep",
            "мектептен, mektep",
            "мектептің, mektep",
            "мектепті, mektep",
            "мектеппен, mektep",
            "мектебі, mektep",
            "мектебінде, mektep",
            "мектебіне, mektep",
            "мектебінен, mektep",
            "мектебінің, mektep",
            "мектебін, mektep",
            "мектебіміз, mektep",
            "мектептері, mektep",
            "мектептерінде, mektep",
            "мектептеріміз, mektep",
            "mektepterde, mektep",
            "mektepterdıñ, mektep",
            "мұғалім, mugalim",
            "мұғалімдер, mugalim",
            "мұғалімдерге, mugalim",
            "мұғалімнің, mugalim",
            "мұғаліммен, mugalim",
            "mūğalımder, mugalim",
            "mugalimderdin, mugalim",
            "мугалимдер, mugalim",
            "қала, kala",
            "қалада, kala",
            "қалалар, kala",
            "қаланың, kala",
            "қаладан, kala",
            "қалаға, kala",
            "оқушылар, okush",
            "оқушыға, okush",
            "oqushylarga, okush",
            "сабағы, sabak",
            "сабақтар, sabak",
            "сабақта, sabak",
            "кітабы, kitap",
            "кітаптар, kitap",
            "жылдар, jil",
            "тілде, til",
            "жерде, jer",
            "адамдар, adam",
            "адамнан, adam",
            "үйлер, uiler",
            "Қазақстан, kazakstan",
            "Қазақстанда, kazakstan",
            "Алматыда, almat",
            "Алматы, almat",
            "мұғалімі, mugalim",
            "жұмысы, jumis",
            "жұмысында, jumis",
            "тілі, til",
    })
    void wordFormsMeetAtTheirStem(String word, String expected) {
        assertThat(stem(word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} stays apart from {1}")
    @CsvSource({
            "балта, бал",      // -та after л would be -да: axe is not honey
            "Алматы, алма",    // -ты after a vowel would be -ны: the city is not the apple
            "машина, маш",     // -на only follows a possessive
            "жақсы, жақ",      // -сы is not stripped: good is not side
            "жұмысы, жұм",
            "мектепта, мектеп", // back -та after a front stem breaks vowel harmony
            "ұлдар, ұл",       // a stem keeps at least three letters
            "қала, қал",
            "ата, ат",
            "теңге, тең",
    })
    void differentWordsAreNotConflated(String word, String other) {
        assertThat(stem(word)).isNotEqualTo(stem(other));
    }

    @ParameterizedTest(name = "{0} is left alone")
    @CsvSource({"teachers", "laboratoria", "ati", "water", "computer", "ab", "x"})
    void wordsWithoutKazakhSuffixesAreLeftAlone(String key) {
        assertThat(KazakhLightStemmer.stem(key)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} and {1} are one word with and without -сы")
    @CsvSource({
            "жоба, жобасы",
            "үйірме, үйірмесі",
            "үйірме, uyirmesi",
            "кітапхана, kıtaphanasy",
            "нәтиже, нәтижесі",
            "қала, қаласында",
    })
    void possessiveSiblingJoinsAVowelStemWithItsPossessive(String bare, String possessive) {
        String bareKey = stem(bare);
        String possessiveKey = stem(possessive);
        assertThat(possessiveKey).isNotEqualTo(bareKey); // the stemmer alone keeps them apart
        assertThat(KazakhLightStemmer.possessiveSibling(bareKey)).isEqualTo(possessiveKey);
        assertThat(KazakhLightStemmer.possessiveSibling(possessiveKey)).isEqualTo(bareKey);
    }

    /** -ыс/-іс is as often a stem's own ending (жұмыс, жарыс) as -ы + сы (оқушысы): no sibling either way. */
    @ParameterizedTest(name = "{0} has no sibling")
    @CsvSource({"жұмыс", "жарыс", "оқушысы", "оқушы", "мектеп", "ас"})
    void noSiblingWhereTheKeyCannotTell(String word) {
        assertThat(KazakhLightStemmer.possessiveSibling(stem(word))).isNull();
    }

    /** A verb's forms meet its verbal noun's key: the stem without its last а/е/ы/і, and u. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // the verbal noun itself, with -ы/-і, case and plural after it
            "зерттеу, zerttu",
            "зерттеуі, zerttu",
            "зерттеуінің, zerttu",
            "оқуына, oku",
            "оқуға, oku",
            "бағалаулар, bagalu",
            // past -ды/-ді after a vowel, with person endings
            "зерттеді, zerttu",
            "зерттедік, zerttu",
            "жасадым, jasu",
            "оқыды, oku",
            // 1st person singular -дым/-дім also after a voiced consonant
            "бердім, beru",
            "түсіндім, tusinu",
            // present -ады/-еді/-йды: after a consonant stem it looks like a vowel stem's past; both meet
            "алады, alu",
            "береді, beru",
            "зерттейді, zerttu",
            "оқиды, oku",
            // negation -ма/-ба/-па inside a chain
            "алмады, alu",
            "өткізбеді, otkizu",
            "айтпайды, aitu",
            "зерттемейді, zerttu",
            // past after a causative stem, with a passive
            "өткізді, otkizu",
            "өткіздік, otkizu",
            "ұйымдастырды, uimdastiru",
            "өткізілді, otkizu",
            // past participle by assimilation, with noun suffixes and passives after it
            "зерттеген, zerttu",
            "алған, alu",
            "оқытқан, okitu",
            "айтқан, aitu",
            "өткізгенде, otkizu",
            "алғанымызда, alu",
            "өткізгені, otkizu",
            "алғанын, alu",
            "зерттелген, zerttu",
            "алынған, alu",
            "тексерілген, tekseru",
            "өткізбеген, otkizu",
            // п/б alternation: тап-қан and таб-у
            "тапқан, tapu",
            "табу, tapu",
            // participle -йтын/-йтін, and -атын/-етін and converb -ып after a causative
            "зерттейтін, zerttu",
            "өткізетін, otkizu",
            "ұйымдастырып, uimdastiru",
            "zertteıtın, zerttu",
    })
    void verbFormsMeetTheirVerbalNoun(String word, String expected) {
        assertThat(stem(word)).isEqualTo(expected);
    }

    /** Words the verb rules must leave to the noun rules (or alone): each looks like a verb form and is not one. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "мектеп, mektep",        // -п after a vowel is not taken as a converb
            "кітап, kitap",
            "сынып, sinip",          // nor -ып after a consonant
            "сыныпта, sinip",
            "мақсатын, maksatin",    // -ат + -ын is not -атын
            "сайтын, saitin",        // са-йтын would leave one letter
            "қорытынды, koritin",    // -йтын only after a vowel: қорыт-ын-ды (conclusion) is not қор- + -йтын
            "дүкен, duken",          // -кен only after a voiceless consonant
            "екен, eken",
            "туған, tugan",          // ту- ends in a vowel the key cannot drop
            "ұлтым, ultim",          // -тым is not read as the past: ұлт + -ым (my nation)
            "сағатым, sagatim",
            "мектепті, mektep",      // -ті after a consonant stays the accusative
            "берді, ber",            // ... and so a plain past after a consonant is not read as a verb
            "тәсілді, tasil",        // a passive-looking -іл alone is no sign of a verb
            "көңілді, konil",
            "негізді, negiz",        // -гіз after a vowel is no causative
            "батырды, batir",
            "алма, alma",            // a bare -ма is no negation
            "алмалар, alma",
            "бөлме, bolme",
            "тау, tau",              // а + у with one letter before is no verbal noun
            "тауы, tau",
            "ата, ata",
            "историю, istoriu",      // a verbal noun never has ы/і before its у
            "мысалды, misal",        // -л after а is a passive only before a participle or verbal noun
    })
    void nounsThatLookLikeVerbFormsKeepTheirNounKey(String word, String expected) {
        assertThat(stem(word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} stays apart from {1}")
    @CsvSource({
            "жаз, жазу",         // a verb's key ends in u, so it never meets the noun its stem spells
            "жаз, жазған",
            "қала, қалу",
            "жас, жасады",
            "ой, ойнады",
            "алма, алды",
            "алма, алмады",      // not ал- + not: алмады is a verb, алма a noun
            "оқ, оқу",
            "оқу, оқушы",
            "оқыды, оқытты",
            "зертхана, зерттеу",
            "тал, талдау",
            "орын, орындау",
    })
    void verbsStayApartFromNouns(String word, String other) {
        assertThat(stem(word)).isNotEqualTo(stem(other));
    }
}
