package kz.shamy.shared;

import java.util.List;
import java.util.Locale;

/**
 * The programme's three languages, Kazakh first: the languages Shamy's pages, mails and forms speak, and the languages
 * a project report is written in (Kazakh in either script). One list, so a fourth is added in one place.
 */
public final class Languages {

    /** The language codes, in the order Shamy offers them. */
    public static final List<String> CODES = List.of("kk", "ru", "en");

    /** The same as locales. */
    public static final List<Locale> LOCALES = CODES.stream().map(Locale::forLanguageTag).toList();

    private Languages() {
    }

    /** Whether {@code code} is one of the three (exactly, lower case). */
    public static boolean isOne(String code) {
        return CODES.contains(code);
    }
}
