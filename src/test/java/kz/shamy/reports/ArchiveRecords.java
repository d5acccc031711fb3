package kz.shamy.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Archive import records as an administrator's JSON would hold them, every field valid. */
final class ArchiveRecords {

    private ArchiveRecords() {
    }

    /** A valid English record titled {@code title batch}, so a test finds its own reports by the batch. */
    static Map<String, Object> record(String title, String batch) {
        var record = new LinkedHashMap<String, Object>();
        record.put("title", title + " " + batch);
        record.put("author", "Aigerim Bekova");
        record.put("school", "Sairam school No. 5");
        record.put("region", "Turkistan");
        record.put("subject", "Reading");
        record.put("year", "2019-2020");
        record.put("language", "en");
        record.put("summary", "Pupils in grade 3 read together every morning.");
        record.put("body", "The whole report of " + title + ".");
        record.put("keywords", List.of("reading", "grade 3"));
        return record;
    }
}
