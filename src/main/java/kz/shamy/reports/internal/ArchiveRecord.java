package kz.shamy.reports.internal;

import java.util.List;

/**
 * One report from the archive of earlier years, as validated by {@link ArchiveRecordReader}: author, school
 * and region are names (the author need not be a Shamy user), {@code year} reads like {@code 2019-2020}.
 */
public record ArchiveRecord(String title, String author, String school, String region, String subject, String year,
        String language, String summary, String body, List<String> keywords) {
}
