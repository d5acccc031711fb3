package kz.shamy.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KazakhScriptTests {

    @ParameterizedTest(name = "{0} and {1} share a key")
    @CsvSource({
            "мектеп, mektep",
            "мұғалім, mūğalım",
            "мұғалім, mugalim",
            "мұғалім, мугалим",
            "МҰҒАЛІМ, Mūğalım",
            "қала, кала",
            "қала, qala",
            "қала, kala",
            "оқушы, oqushy",
            "оқушы, okushy",
            "оқушы, okushi",
            "оқушы, oquşy",
            "Жанна, Zhanna",
            "Ерлан, Yerlan",
            "Қазақстан, Qazaqstan",
            "Республикасы, Respublikasy",
            "әліпби, älıpbi",
            "ағылшын, ağylşyn",
            "ағылшын, agylshyn",
            "жаңа, jaña",
            "жаңа, жана",
            "өнер, öner",
            "өнер, онер",
            "үй, üi",
            "шаһар, şahar",
            "шаһар, шахар",
            "ұстаз, ustaz",
            "İnstitut, институт",
            "щука, şşuka",
            "ғылым, g'ylym",
    })
    void spellingsOfOneWordFoldToOneKey(String one, String other) {
        assertThat(KazakhScript.fold(other)).isEqualTo(KazakhScript.fold(one));
    }

    @ParameterizedTest(name = "{0} and {1} keep different keys")
    @CsvSource({
            "мектеп, мектептер",
            "қала, қол",
            "ел, ал",
            "бал, бел",
            "шаш, сас",
            "жер, зер",
    })
    void differentWordsKeepDifferentKeys(String one, String other) {
        assertThat(KazakhScript.fold(other)).isNotEqualTo(KazakhScript.fold(one));
    }

    @Test
    void keyIsLowerCaseAscii() {
        assertThat(KazakhScript.fold("ӘҒҚҢӨҰҮҺІ")).isEqualTo("agknouuhi");
        // ш and щ both become sh, and a doubled sh collapses; ъ and ь vanish
        assertThat(KazakhScript.fold("ЦЧШЩЪЬЭЮЯ")).isEqualTo("tschsheiuia");
    }

    @Test
    void toLatinWritesTheOfficial2021Alphabet() {
        assertThat(KazakhScript.toLatin("Қазақстан Республикасы")).isEqualTo("Qazaqstan Respublikasy");
        assertThat(KazakhScript.toLatin("мұғалім")).isEqualTo("mūğalım");
        assertThat(KazakhScript.toLatin("Ірі әріп, Иә, жаңа өнер, үй, шаш, щ")).isEqualTo("Irı ärıp, İä, jaña öner, üi, şaş, şş");
        assertThat(KazakhScript.toLatin("Ясауи, ёлка, юрта, цирк, чай, объект, жоғары")).isEqualTo("İasaui, iolka, iurta, tsirk, chai, obekt, joğary");
    }

    @Test
    void foldingEmptyAndSymbolsNeverFails() {
        assertThat(KazakhScript.fold("")).isEmpty();
        assertThat(KazakhScript.fold("'’")).isEmpty();
        assertThat(KazakhScript.fold("2021")).isEqualTo("2021");
        assertThat(KazakhScript.fold("\uD800x")).isEqualTo("\uD800x");
    }
}
