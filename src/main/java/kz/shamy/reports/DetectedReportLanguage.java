package kz.shamy.reports;

import kz.shamy.search.ReportLanguages;
import org.springframework.stereotype.Component;

/** An imported report's language, when the record does not give one, as the search feature detects it. */
@Component
class DetectedReportLanguage implements ReportLanguageGuess {

    private final ReportLanguages languages;

    DetectedReportLanguage(ReportLanguages languages) {
        this.languages = languages;
    }

    @Override
    public String guess(String text) {
        return languages.detect(text);
    }
}
