package kz.shamy.search;

import kz.shamy.search.analysis.LanguageDetector;
import org.springframework.stereotype.Component;

/**
 * Which of Shamy's languages a text is written in (kk, ru or en), for features that take reports in
 * without one: Kazakh letters of either script first, then word statistics, then a library (see
 * {@link LanguageDetector}). One detector per application; it is thread-safe.
 */
@Component
public class ReportLanguages {

    private final LanguageDetector detector = new LanguageDetector();

    /** kk, ru or en; never null. */
    public String detect(String text) {
        return detector.detect(text == null ? "" : text);
    }
}
