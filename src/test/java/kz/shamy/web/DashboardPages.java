package kz.shamy.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the dashboards' pages in tests: one inline SVG chart's bars, one table row. */
final class DashboardPages {

    /** A bar as the SVG draws it. */
    record Bar(String label, long value) {
    }

    private static final Pattern BAR = Pattern.compile(
            "<rect class=\"chart-bar\"[^>]*data-label=\"([^\"]*)\" data-value=\"(\\d+)\"");

    private DashboardPages() {
    }

    /** The {@code <svg id=...>} element, whole. */
    static String svg(String page, String id) {
        int start = page.indexOf("<svg id=\"" + id + "\"");
        if (start < 0) {
            throw new AssertionError("no <svg id=\"" + id + "\"> in the page");
        }
        return page.substring(start, page.indexOf("</svg>", start) + "</svg>".length());
    }

    static List<Bar> bars(String svg) {
        List<Bar> bars = new ArrayList<>();
        Matcher matcher = BAR.matcher(svg);
        while (matcher.find()) {
            bars.add(new Bar(org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1)),
                    Long.parseLong(matcher.group(2))));
        }
        return bars;
    }

    /** The table row that names this teacher (from the name to the row's end). */
    static String rowOf(String page, String from, String name) {
        int section = page.indexOf(from);
        int start = page.indexOf(name, section);
        if (section < 0 || start < 0) {
            throw new AssertionError(name + " is not in the page after " + from);
        }
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
