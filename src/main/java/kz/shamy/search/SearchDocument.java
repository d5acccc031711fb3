package kz.shamy.search;

import java.util.List;

/**
 * One report as the index sees it: the version people may read (the published one, or for a draft the
 * latest), where it comes from, and who may see it.
 *
 * @param reportId the report's id in Shamy's tables (the index's key)
 * @param title title of that version
 * @param author display name of the author (an archive report's author need not be a Shamy user)
 * @param school school name, as a facet value
 * @param region region name, as a facet value
 * @param subject subject taught, as a facet value
 * @param year academic year such as {@code 2025-2026}
 * @param language {@code kk}, {@code ru} or {@code en}
 * @param summary the publishable summary
 * @param body the report's text, attachments' extracted text included
 * @param keywords the author's keywords
 * @param published true when everyone signed in may read it; false for a draft
 * @param readers usernames who may read a draft (author and their circle's facilitator); empty when published
 * @param updatedAt epoch milliseconds of the change, for sorting by newest
 */
public record SearchDocument(long reportId, String title, String author, String school, String region,
        String subject, String year, String language, String summary, String body, List<String> keywords,
        boolean published, List<String> readers, long updatedAt) {
}
