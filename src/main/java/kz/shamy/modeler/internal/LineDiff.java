package kz.shamy.modeler.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines, from their longest common subsequence. The common head and tail are
 * taken off first, so a file changed in one place costs little; when what is left is too large to compare line
 * by line ({@value #MAX_CELLS} cells), the middle is shown as removed and added whole.
 */
final class LineDiff {

    static final int CONTEXT = 3;
    static final long MAX_CELLS = 4_000_000L;

    private LineDiff() {
    }

    private record Line(char op, String text, int oldNo, int newNo) {
    }

    static String unified(String oldName, String newName, String oldText, String newText) {
        List<String> a = oldText.lines().toList();
        List<String> b = newText.lines().toList();
        List<Line> script = script(a, b);
        if (script.stream().allMatch(line -> line.op == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- ").append(oldName).append('\n')
                .append("+++ ").append(newName).append('\n');
        int i = 0;
        while (i < script.size()) {
            if (script.get(i).op == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            // one hunk goes on while the next change is within two contexts of the last one
            int lastChange = i;
            for (int j = i; j < script.size() && j - lastChange <= 2 * CONTEXT; j++) {
                if (script.get(j).op != ' ') {
                    lastChange = j;
                }
            }
            int end = Math.min(script.size() - 1, lastChange + CONTEXT);
            hunk(out, script.subList(start, end + 1));
            i = end + 1;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<Line> lines) {
        int oldStart = 0;
        int newStart = 0;
        int oldCount = 0;
        int newCount = 0;
        for (Line line : lines) {
            if (line.op != '+') {
                oldStart = oldStart == 0 ? line.oldNo : oldStart;
                oldCount++;
            }
            if (line.op != '-') {
                newStart = newStart == 0 ? line.newNo : newStart;
                newCount++;
            }
        }
        out.append("@@ -").append(oldStart).append(',').append(oldCount).append(" +").append(newStart).append(',')
                .append(newCount).append(" @@\n");
        lines.forEach(line -> out.append(line.op).append(line.text).append('\n'));
    }

    /** The edit script: every line of both texts, kept (' '), removed ('-') or added ('+'), in order. */
    private static List<Line> script(List<String> a, List<String> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Line> script = new ArrayList<>();
        for (int k = 0; k < head; k++) {
            script.add(new Line(' ', a.get(k), k + 1, k + 1));
        }
        List<String> midA = a.subList(head, a.size() - tail);
        List<String> midB = b.subList(head, b.size() - tail);
        middle(script, midA, midB, head, head);
        for (int k = 0; k < tail; k++) {
            int oldIndex = a.size() - tail + k;
            int newIndex = b.size() - tail + k;
            script.add(new Line(' ', a.get(oldIndex), oldIndex + 1, newIndex + 1));
        }
        return script;
    }

    private static void middle(List<Line> script, List<String> a, List<String> b, int oldOffset, int newOffset) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                script.add(new Line('-', a.get(i), oldOffset + i + 1, 0));
            }
            for (int j = 0; j < m; j++) {
                script.add(new Line('+', b.get(j), 0, newOffset + j + 1));
            }
            return;
        }
        // common[i][j]: the length of the longest common subsequence of a[i..] and b[j..]
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                script.add(new Line(' ', a.get(i), oldOffset + i + 1, newOffset + j + 1));
                i++;
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                // removals before additions, as diff and git show a replaced line
                script.add(new Line('-', a.get(i), oldOffset + i + 1, 0));
                i++;
            } else {
                script.add(new Line('+', b.get(j), 0, newOffset + j + 1));
                j++;
            }
        }
    }
}
