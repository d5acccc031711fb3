package kz.shamy.workflow.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The little Markdown a Camunda Form's text component holds, as safe HTML: headings ({@code #} to {@code ###}),
 * paragraphs, line breaks, {@code **bold**} and {@code [links](/path)}, with {@code {{name}}} filled from the task's
 * values. Everything is escaped first; a link goes only to a path in Shamy or to an https address.
 */
final class FormText {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");

    private FormText() {
    }

    static String html(String markdown, Map<String, ?> values) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String block : fill(markdown, values).strip().split("\\n\\s*\\n")) {
            StringBuilder paragraph = new StringBuilder();
            for (String line : block.split("\\n")) {
                Matcher heading = HEADING.matcher(line.strip());
                if (heading.matches()) {
                    closeParagraph(html, paragraph);
                    // a form's headings sit under the page's h1 and the task's h2
                    int level = Math.min(6, heading.group(1).length() + 2);
                    html.append("<h").append(level).append('>').append(inline(heading.group(2))).append("</h")
                            .append(level).append('>');
                } else if (!line.isBlank()) {
                    paragraph.append(paragraph.isEmpty() ? "" : "<br>").append(inline(line.strip()));
                }
            }
            closeParagraph(html, paragraph);
        }
        return html.toString();
    }

    private static void closeParagraph(StringBuilder html, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            html.append("<p>").append(paragraph).append("</p>");
            paragraph.setLength(0);
        }
    }

    private static String fill(String markdown, Map<String, ?> values) {
        Matcher placeholder = PLACEHOLDER.matcher(markdown);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            Object value = values.get(placeholder.group(1));
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value.toString()));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    private static String inline(String text) {
        String escaped = HtmlUtils.htmlEscape(text);
        escaped = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        Matcher link = LINK.matcher(escaped);
        StringBuilder linked = new StringBuilder();
        while (link.find()) {
            String target = link.group(2);
            String replacement = safeTarget(target) ? "<a href=\"" + target + "\">" + link.group(1) + "</a>"
                    : link.group(1);
            link.appendReplacement(linked, Matcher.quoteReplacement(replacement));
        }
        link.appendTail(linked);
        return linked.toString();
    }

    /** A path within Shamy (not {@code //host}) or an https address; never {@code javascript:} and the like. */
    private static boolean safeTarget(String target) {
        return (target.startsWith("/") && !target.startsWith("//")) || target.startsWith("https://");
    }
}
