package kz.shamy.search;

import java.util.List;

/**
 * Published reports like a text a teacher is writing (their concern, their plan): the programme's past projects,
 * from the archive and from other circles, in any of the three languages, offered while they plan. The text is
 * only read, never kept or indexed: a draft stays private.
 */
public interface SimilarReports {

    /** The most characters of a text looked at; the project forms allow as many. */
    int MAX_TEXT = 20_000;

    /** The most reports one call returns. */
    int MAX_LIMIT = 10;

    /**
     * The published reports most like {@code text}, best first, at most {@code limit} (1 to {@value #MAX_LIMIT});
     * none when the text says nothing a report holds.
     *
     * @throws IllegalArgumentException when the text is longer than {@value #MAX_TEXT} characters or the limit is
     *         outside 1 to {@value #MAX_LIMIT}
     */
    List<SimilarReport> like(String text, int limit);

    /**
     * One report offered: where to find it, and {@code passageHtml}, the passage of it most like the text,
     * HTML-escaped except for the {@code <mark>} tags around the words it shares with the text (empty when none).
     */
    record SimilarReport(long reportId, String title, String author, String school, String year, String language,
            String passageHtml) {
    }
}
