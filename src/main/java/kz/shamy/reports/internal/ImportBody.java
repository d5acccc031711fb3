package kz.shamy.reports.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import kz.shamy.shared.InvalidRequest;

/**
 * An import's body split into records: a JSON array (a record's "line" is its position from 1) or JSON
 * Lines (one object per line; blank lines skipped; a line that is not JSON is that line's error, not the
 * whole import's). An empty import, or an array that is not JSON at all, is refused with a 400.
 */
public final class ImportBody {

    /** One record as read: its JSON, or why it could not be read. */
    public record Line(int line, JsonNode json, String malformed) {
    }

    /** Trailing tokens fail: {@code {"title":"a"} junk} is a malformed line, not a good one. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private ImportBody() {
    }

    public static List<Line> jsonArray(String body) {
        if (body == null || body.isBlank()) {
            throw empty();
        }
        JsonNode array;
        try {
            array = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            // a nesting-depth refusal has no location
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            throw new InvalidRequest(null, "the import is not a JSON array: " + e.getOriginalMessage() + where
                    + "; send application/x-ndjson to have each line checked on its own");
        }
        if (array == null || !array.isArray()) {
            throw new InvalidRequest(null, "the import must be a JSON array of reports");
        }
        var lines = new ArrayList<Line>(array.size());
        for (int i = 0; i < array.size(); i++) {
            lines.add(new Line(i + 1, array.get(i), null));
        }
        if (lines.isEmpty()) {
            throw empty();
        }
        return lines;
    }

    public static List<Line> jsonLines(String body) {
        if (body == null || body.isBlank()) {
            throw empty();
        }
        var lines = new ArrayList<Line>();
        String[] texts = body.split("\r?\n", -1);
        for (int i = 0; i < texts.length; i++) {
            String text = texts[i].strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                lines.add(new Line(i + 1, JSON.readTree(text), null));
            } catch (JsonProcessingException e) {
                lines.add(new Line(i + 1, null, "malformed JSON: " + e.getOriginalMessage()));
            }
        }
        return lines;
    }

    private static InvalidRequest empty() {
        return new InvalidRequest(null, "the import is empty: send at least one report");
    }
}
