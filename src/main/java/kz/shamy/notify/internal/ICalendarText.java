package kz.shamy.notify.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes RFC 5545 text by hand: CRLF line ends, TEXT values escaped (backslash, semicolon, comma, newline) and
 * lines folded at 75 octets without splitting a UTF-8 character (Kazakh and Russian letters are two octets).
 */
public final class ICalendarText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final StringBuilder text = new StringBuilder();

    ICalendarText line(String name, String value) {
        String line = name + ":" + value;
        int start = 0;
        int octets = 0;
        boolean first = true;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            // a continuation line starts with one space, which counts towards its 75 octets
            if (octets + size > (first ? MAX_OCTETS : MAX_OCTETS - 1)) {
                text.append(first ? "" : " ").append(line, start, i).append("\r\n");
                start = i;
                octets = 0;
                first = false;
            }
            octets += size;
            i += Character.charCount(codePoint);
        }
        text.append(first ? "" : " ").append(line, start, line.length()).append("\r\n");
        return this;
    }

    public ICalendarText textLine(String name, String value) {
        return line(name, escape(value));
    }

    ICalendarText dateLine(String name, LocalDate day) {
        return line(name + ";VALUE=DATE", DATE.format(day));
    }

    ICalendarText timeLine(String name, Instant at) {
        return line(name, UTC.format(at));
    }

    public static String escape(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
