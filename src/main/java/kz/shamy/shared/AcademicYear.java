package kz.shamy.shared;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school year, two consecutive calendar years, written one way everywhere: {@code 2026-2027}. People type it with a
 * hyphen, a slash or a dash ({@code 2026/2027}, {@code 2026–2027}); all are the same year and are kept as the first.
 */
public record AcademicYear(int start) {

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})\\s*[-/\u2013\u2014]\\s*(\\d{4})");

    /** The year {@code text} names, if it names one (two consecutive years); empty for anything else. */
    public static Optional<AcademicYear> parse(String text) {
        Matcher year = WRITTEN.matcher(text == null ? "" : text.strip());
        if (!year.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(year.group(1));
        return Integer.parseInt(year.group(2)) == first + 1 ? Optional.of(new AcademicYear(first)) : Optional.empty();
    }

    /** The year {@code text} names, or a refusal of {@code field} that says how to write one. */
    public static AcademicYear of(String field, String text) {
        return parse(text).orElseThrow(() -> new InvalidRequest(field,
                field + " must be two consecutive years, like 2026-2027"));
    }

    @Override
    public String toString() {
        return start + "-" + (start + 1);
    }
}
