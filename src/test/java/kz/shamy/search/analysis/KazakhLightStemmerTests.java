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
            "бағалауды, bagalau",
            "ойлаудың, oilau",
            "oilaudy, oilau",
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
}
