package kz.shamy.reports;

/**
 * Guesses a report's language (kk, ru or en) when an import does not give one. One bean; the search
 * feature's language detector may replace the simple letter rule ({@link LetterRuleLanguageGuess}).
 */
public interface ReportLanguageGuess {

    /** kk, ru or en for {@code text}; en when nothing points elsewhere. */
    String guess(String text);
}
