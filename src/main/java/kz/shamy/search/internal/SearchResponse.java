package kz.shamy.search.internal;

import java.util.List;
import java.util.Map;

/**
 * A page of search results: the number of visible matches, the hits (the page's matches, then, when they are
 * fewer than a page, reports that match part of the query), the facet counts over the visible matches, and a
 * did-you-mean (null when none).
 */
public record SearchResponse(long total, List<Hit> hits, Map<String, Map<String, Long>> facets, String suggestion) {

    /**
     * One report found; {@code highlights} are HTML, escaped except for the {@code <mark>} tags. A {@code partial}
     * hit holds only part of what was asked (some of the words, or a concept in another language): such hits follow
     * the full matches when those are fewer than a page, and are not counted in {@code total}.
     */
    public record Hit(long id, String title, String author, String school, String region, String subject, String year,
            String language, float score, List<String> highlights, boolean partial) {
    }
}
