package kz.shamy.reports.internal;

/**
 * Guesses a report's language (kk, ru or en) when an import does not give one
 * ({@link DetectedReportLanguage} asks the search feature's detector).
 */
public interface ReportLanguageGuess {

    /** kk, ru or en for {@code text}; never null. */
    String guess(String text);
}
