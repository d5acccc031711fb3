package kz.shamy.reports.internal;

import kz.shamy.reports.ReportDraft;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import kz.shamy.shared.AcademicYear;

/**
 * Reads one archive record ({@code title, author, school, region, subject, year, language, summary, body,
 * keywords}) and checks every field, collecting every fault rather than stopping at the first. A missing
 * language is guessed from the text.
 */
public class ArchiveRecordReader {

    public static final int MAX_TEXT = 1_000_000;
    static final int MAX_KEYWORDS = 500;

    private final ReportLanguageGuess languageGuess;

    public ArchiveRecordReader(ReportLanguageGuess languageGuess) {
        this.languageGuess = languageGuess;
    }

    /** The record, or the errors of line {@code line}. */
    public record Reading(ArchiveRecord record, List<ImportError> errors) {

        public boolean ok() {
            return record != null;
        }
    }

    public Reading read(int line, JsonNode node) {
        var errors = new ArrayList<ImportError>();
        if (node == null || !node.isObject()) {
            errors.add(new ImportError(line, null, "a report must be a JSON object"));
            return new Reading(null, errors);
        }
        var fields = new Fields(line, node, errors);
        String title = fields.text("title", 300);
        String author = fields.text("author", 100);
        String school = fields.text("school", 300);
        String region = fields.text("region", 200);
        String subject = fields.text("subject", 200);
        String year = fields.text("year", 100);
        String summary = fields.text("summary", MAX_TEXT);
        String body = fields.text("body", MAX_TEXT);
        String language = fields.optionalText("language");
        List<String> keywords = fields.keywords();
        if (year != null) {
            var academicYear = AcademicYear.parse(year);
            if (academicYear.isEmpty()) {
                errors.add(new ImportError(line, "year", "year must read like 2019-2020"));
            } else {
                year = academicYear.get().toString();
            }
        }
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT);
            if (!ReportDraft.LANGUAGES.contains(language)) {
                errors.add(new ImportError(line, "language", "language must be kk, ru or en (or left out)"));
            }
        } else if (errors.isEmpty()) {
            language = languageGuess.guess(title + "\n" + summary + "\n" + body);
        }
        if (!errors.isEmpty()) {
            return new Reading(null, errors);
        }
        return new Reading(new ArchiveRecord(title, author, school, region, subject, year, language, summary, body,
                keywords), List.of());
    }

    /** One record's fields, each checked as it is read; faults go to {@code errors}. */
    private record Fields(int line, JsonNode node, List<ImportError> errors) {

        String text(String field, int maxLength) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                errors.add(new ImportError(line, field, field + " is required"));
                return null;
            }
            if (!value.isTextual()) {
                errors.add(new ImportError(line, field, field + " must be text"));
                return null;
            }
            String text = value.asText().strip();
            if (text.length() > maxLength) {
                errors.add(new ImportError(line, field, field + " must be at most " + maxLength + " characters"));
                return null;
            }
            return text;
        }

        String optionalText(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                return null;
            }
            if (!value.isTextual()) {
                errors.add(new ImportError(line, field, field + " must be text"));
                return null;
            }
            return value.asText().strip();
        }

        /** A list of strings or one comma-separated string; blanks and repeats dropped. */
        List<String> keywords() {
            JsonNode value = node.get("keywords");
            var keywords = new LinkedHashSet<String>();
            if (value == null || value.isNull()) {
                return List.of();
            }
            if (value.isTextual()) {
                for (String keyword : value.asText().split(",")) {
                    add(keywords, keyword);
                }
            } else if (value.isArray()) {
                for (JsonNode keyword : value) {
                    if (!keyword.isTextual()) {
                        errors.add(new ImportError(line, "keywords", "keywords must be text"));
                        return List.of();
                    }
                    add(keywords, keyword.asText());
                }
            } else {
                errors.add(new ImportError(line, "keywords", "keywords must be a list or a comma-separated text"));
                return List.of();
            }
            if (String.join(", ", keywords).length() > MAX_KEYWORDS) {
                errors.add(new ImportError(line, "keywords",
                        "keywords must be at most " + MAX_KEYWORDS + " characters together"));
                return List.of();
            }
            return List.copyOf(keywords);
        }

        private static void add(LinkedHashSet<String> keywords, String keyword) {
            String stripped = keyword.strip();
            if (!stripped.isEmpty()) {
                keywords.add(stripped);
            }
        }
    }
}
