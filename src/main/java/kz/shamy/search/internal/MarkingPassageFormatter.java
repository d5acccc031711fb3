package kz.shamy.search.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats each passage as HTML that is safe to render: every character of the report is escaped, and only
 * the {@code <mark>} tags around matches are markup. Overlapping matches (the same word found through the
 * folded and stemmed fields) become one mark, and so do matches with only white space between them (a phrase). Returns one string per passage.
 */
class MarkingPassageFormatter extends PassageFormatter {

    static final String ELLIPSIS = "\u2026";

    @Override
    public List<String> format(Passage[] passages, String content) {
        List<String> out = new ArrayList<>(passages.length);
        for (Passage passage : passages) {
            out.add(format(passage, content));
        }
        return out;
    }

    private static String format(Passage passage, String content) {
        StringBuilder html = new StringBuilder();
        int start = passage.getStartOffset();
        int end = Math.min(passage.getEndOffset(), content.length());
        if (start > 0) {
            html.append(ELLIPSIS);
        }
        int pos = start;
        int[] starts = passage.getMatchStarts();
        int[] ends = passage.getMatchEnds();
        int i = 0;
        while (i < passage.getNumMatches()) {
            int markStart = Math.max(starts[i], pos);
            int markEnd = ends[i];
            // merge every match that overlaps or touches this one, or follows it after white space only (the
            // words of a phrase are matched one by one)
            while (i + 1 < passage.getNumMatches() && (starts[i + 1] <= markEnd
                    || onlyWhiteSpace(content, markEnd, Math.min(starts[i + 1], end)) && starts[i + 1] < end)) {
                i++;
                markEnd = Math.max(markEnd, ends[i]);
            }
            i++;
            markEnd = Math.min(markEnd, end);
            if (markEnd <= markStart) {
                continue;
            }
            escape(content, pos, markStart, html);
            html.append("<mark>");
            escape(content, markStart, markEnd, html);
            html.append("</mark>");
            pos = markEnd;
        }
        escape(content, pos, end, html);
        if (end < content.length()) {
            html.append(ELLIPSIS);
        }
        return html.toString().strip();
    }

    private static boolean onlyWhiteSpace(String content, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(content.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** HTML-escapes {@code content[from, to)}; control characters and line breaks become spaces. */
    static void escape(String content, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
    }
}
