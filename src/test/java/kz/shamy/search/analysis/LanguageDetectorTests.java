package kz.shamy.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTests {

    private static final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            // Kazakh Cyrillic, short and long
            "мұғалім | kk",
            "Қала мектебі | kk",
            "Мұғалімдер кәсіби оқу қауымдастығында бірлесіп жұмыс істеді және оқушылардың жазу дағдыларын дамытуға арналған жоба жасады. | kk",
            // 2021 Latin Kazakh
            "Mūğalımder mektepte jūmys ıstedı | kk",
            "Oqu jylynyñ soñynda jobanyñ nätijelerı körmede ūsynyldy. | kk",
            // informal ASCII Latin Kazakh
            "mektep mugalimderi men okushylar | kk",
            "Bul jobany mektep mugalimderi okushylarga arnap jasady jane kerek | kk",
            // Russian keyboard Kazakh
            "мугалимдер мен окушылар мектепте | kk",
            "Бул жобаны мектеп мугалимдери жане окушылар жасады | kk",
            // Russian
            "лаборатория | ru",
            "Учителя провели урок в школе | ru",
            "Учителя сельской школы провели серию исследовательских уроков в лаборатории, и результаты проекта были представлены на сетевом мероприятии. | ru",
            "Школа Ақсу участвовала в проекте, учителя провели уроки для учеников и родителей | ru",
            // English
            "teachers | en",
            "The teacher led a project | en",
            "Teachers in the rural school worked together in a professional learning circle and presented the results of their development project at the network event. | en",
    })
    void detectsTheLanguage(String text, String expected) {
        assertThat(detector.detect(text)).isEqualTo(expected);
    }

    @Test
    void textWithoutLettersGetsTheDefault() {
        assertThat(detector.detect(null)).isEqualTo(LanguageDetector.DEFAULT_LANGUAGE);
        assertThat(detector.detect("")).isEqualTo(LanguageDetector.DEFAULT_LANGUAGE);
        assertThat(detector.detect("2024 — 12.5% !!!")).isEqualTo(LanguageDetector.DEFAULT_LANGUAGE);
        assertThat(detector.detect("\u0000\u0007\u001b")).isEqualTo(LanguageDetector.DEFAULT_LANGUAGE);
        assertThat(LanguageDetector.DEFAULT_LANGUAGE).isEqualTo("kk");
    }

    @Test
    void aMegabyteIsReadOnlyFromItsStart() {
        String big = "Учителя провели урок в школе. ".repeat(40_000);
        assertThat(detector.detect(big)).isEqualTo("ru");
        assertThat(detector.detect("ә".repeat(1024 * 1024))).isEqualTo("kk");
    }
}
