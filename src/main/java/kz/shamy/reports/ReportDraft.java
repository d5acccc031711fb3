package kz.shamy.reports;

import java.util.Set;
import java.util.regex.Pattern;
import kz.shamy.shared.AcademicYear;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.Languages;

/**
 * What a teacher submits for sign-off: the report and its publishable summary (about 800 words).
 * {@code facilitator} is the author's circle facilitator, who may read the draft and attach files to it.
 * {@link #validate()} names the first field at fault.
 */
public record ReportDraft(Long projectId, String author, Long schoolId, String title, String language,
        String subject, String academicYear, String summary, String body, String keywords, String facilitator) {

    /** The academic year is kept in its one spelling (2025-2026) whichever way it was typed. */
    public ReportDraft {
        academicYear = AcademicYear.parse(academicYear).map(AcademicYear::toString).orElse(academicYear);
    }

    /** A draft whose facilitator is not known: only its author (and admins) may read it before it is public. */
    public ReportDraft(Long projectId, String author, Long schoolId, String title, String language, String subject,
            String academicYear, String summary, String body, String keywords) {
        this(projectId, author, schoolId, title, language, subject, academicYear, summary, body, keywords, null);
    }

    public static final int SUMMARY_MIN_WORDS = 500;
    public static final int SUMMARY_MAX_WORDS = 1100;
    /** Room for 1,100 long Kazakh words; the form (devwork-write-report) states the same. */
    public static final int SUMMARY_MAX_CHARACTERS = 20_000;
    /** The column's size (report_version.body); the form states the same. */
    public static final int BODY_MAX_CHARACTERS = 1_000_000;
    public static final Set<String> LANGUAGES = Set.copyOf(Languages.CODES);

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile(".*[\\p{L}\\p{N}].*");

    /** Words as a reader counts them: runs of non-space that hold a letter or digit (a lone dash is none). */
    public static int wordsIn(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int words = 0;
        for (String token : WHITESPACE.split(text.strip())) {
            if (WORD.matcher(token).matches()) {
                words++;
            }
        }
        return words;
    }

    void validate() {
        if (projectId == null) {
            throw new InvalidRequest("projectId", "projectId is required");
        }
        if (author == null || author.isBlank()) {
            throw new InvalidRequest("author", "author is required");
        }
        required("title", title, 300);
        if (language == null || !LANGUAGES.contains(language)) {
            throw new InvalidRequest("language", "language must be kk, ru or en");
        }
        required("subject", subject, 200);
        AcademicYear.of("academicYear", academicYear);
        if (summary != null && summary.strip().length() > SUMMARY_MAX_CHARACTERS) {
            throw new InvalidRequest("summary", "summary must be at most " + SUMMARY_MAX_CHARACTERS + " characters");
        }
        int words = wordsIn(summary);
        if (words < SUMMARY_MIN_WORDS || words > SUMMARY_MAX_WORDS) {
            throw new InvalidRequest("summary", "the publishable summary has " + words + " words; it must have "
                    + SUMMARY_MIN_WORDS + " to " + SUMMARY_MAX_WORDS + " (about 800)");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidRequest("body", "the report itself is required");
        }
        if (body.strip().length() > BODY_MAX_CHARACTERS) {
            throw new InvalidRequest("body", "body must be at most " + BODY_MAX_CHARACTERS + " characters");
        }
        if (keywords != null && keywords.length() > 500) {
            throw new InvalidRequest("keywords", "keywords must be at most 500 characters");
        }
    }

    private static void required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest(field, field + " is required");
        }
        if (value.strip().length() > maxLength) {
            throw new InvalidRequest(field, field + " must be at most " + maxLength + " characters");
        }
    }
}
