package kz.shamy.reports;

import org.springframework.stereotype.Component;

/**
 * Guesses by letters: a letter only Kazakh Cyrillic has (ә ғ қ ң ө ұ ү һ і), or only the official 2021
 * Kazakh Latin alphabet has (ä ğ ı ñ ö ş ū ü), makes it Kazakh; other Cyrillic makes it Russian; anything
 * else English.
 */
@Component
class LetterRuleLanguageGuess implements ReportLanguageGuess {

    private static final String KAZAKH_CYRILLIC = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";
    private static final String KAZAKH_LATIN = "äğıñöşūüÄĞİÑÖŞŪÜ";

    @Override
    public String guess(String text) {
        if (text == null) {
            return "en";
        }
        boolean cyrillic = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (KAZAKH_CYRILLIC.indexOf(c) >= 0 || KAZAKH_LATIN.indexOf(c) >= 0) {
                return "kk";
            }
            cyrillic |= Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
        }
        return cyrillic ? "ru" : "en";
    }
}
