package kz.shamy.web.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn as inline SVG on the server (templates/charts.html): the geometry is worked out here, the
 * template only writes it down, with a title for screen readers and a table of the same figures.
 */
record BarChart(String id, String title, String valueHeading, int width, int height, List<Bar> bars) {

    /** One bar and where its label and value are written. */
    record Bar(String label, long value, double x, double y, double w, double h, double labelX, double labelY,
            double valueX, double valueY) {
    }

    private static final int WIDTH = 320;

    /** Bars from left to right, one row each: the label above, the bar below, the value at the bar's end. */
    static BarChart horizontal(String id, String title, String valueHeading, List<String> labels, List<Long> values) {
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        double room = WIDTH - 40;
        int row = 34;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long value = values.get(i);
            double top = i * row;
            double w = room * value / max;
            bars.add(new Bar(labels.get(i), value, 0, top + 16, Math.max(w, 1), 12, 0, top + 12, w + 4, top + 26));
        }
        return new BarChart(id, title, valueHeading, WIDTH, Math.max(row, labels.size() * row), bars);
    }

    /** Columns from left to right against {@code max}: the value above each, its label below. */
    static BarChart vertical(String id, String title, String valueHeading, List<String> labels, List<Long> values,
            long max) {
        long top = Math.max(1, Math.max(max, values.stream().mapToLong(Long::longValue).max().orElse(1)));
        int column = 44;
        double room = 100;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long value = values.get(i);
            double h = room * value / top;
            double x = i * column + 6;
            bars.add(new Bar(labels.get(i), value, x, 16 + room - h, column - 12, Math.max(h, 1), x,
                    16 + room + 16, x + 4, 16 + room - h - 4));
        }
        return new BarChart(id, title, valueHeading, Math.max(WIDTH, labels.size() * column), (int) room + 40, bars);
    }
}
