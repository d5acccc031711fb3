package kz.shamy.reports.internal;

import kz.shamy.search.ReportLanguages;
import org.springframework.stereotype.Component;

/** An imported report's language, when the record does not give one, as the search feature detects it. */
@Component
public class DetectedReportLanguage implements ReportLanguageGuess {

    private final ReportLanguages languages;

    public DetectedReportLanguage(ReportLanguages languages) {
        this.languages = languages;
    }

    @Override
    public String guess(String text) {
        return languages.detect(text);
    }
}
