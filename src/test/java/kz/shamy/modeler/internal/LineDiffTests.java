package kz.shamy.modeler.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTests {

    private static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void identicalTextsHaveNoDiff() {
        assertThat(LineDiff.unified("a", "b", lines(1, 20), lines(1, 20))).isEmpty();
    }

    @Test
    void oneChangedLineIsOneHunkWithThreeLinesOfContextEachSide() {
        String after = lines(1, 20).replace("line 10\n", "line ten\n");

        assertThat(LineDiff.unified("a/x", "b/x", lines(1, 20), after)).isEqualTo("""
                --- a/x
                +++ b/x
                @@ -7,7 +7,7 @@
                 line 7
                 line 8
                 line 9
                -line 10
                +line ten
                 line 11
                 line 12
                 line 13
                """);
    }

    @Test
    void changesFarApartAreSeparateHunksAndNearOnesOne() {
        String far = lines(1, 40).replace("line 5\n", "five\n").replace("line 30\n", "thirty\n");
        assertThat(LineDiff.unified("a", "b", lines(1, 40), far).lines().filter(l -> l.startsWith("@@")).toList())
                .containsExactly("@@ -2,7 +2,7 @@", "@@ -27,7 +27,7 @@");

        String near = lines(1, 40).replace("line 5\n", "five\n").replace("line 9\n", "nine\n");
        assertThat(LineDiff.unified("a", "b", lines(1, 40), near).lines().filter(l -> l.startsWith("@@")).toList())
                .containsExactly("@@ -2,11 +2,11 @@");
    }

    @Test
    void addedAndRemovedLinesAreCountedOnTheirSide() {
        String after = lines(1, 5) + "inserted\n" + lines(6, 8);
        String diff = LineDiff.unified("a", "b", lines(1, 8), after);
        assertThat(diff).contains("@@ -3,6 +3,7 @@").contains("\n+inserted\n");

        assertThat(LineDiff.unified("a", "b", "", lines(1, 2))).endsWith("@@ -0,0 +1,2 @@\n+line 1\n+line 2\n");
    }

    @Test
    void aMiddleTooLargeToCompareIsShownRemovedAndAddedWhole() {
        String before = lines(1, 3000);
        String after = IntStream.rangeClosed(1, 3000).mapToObj(i -> "other " + i)
                .collect(Collectors.joining("\n", "", "\n"));
        String diff = LineDiff.unified("a", "b", before, after);
        assertThat(diff.lines().filter(l -> l.startsWith("-line ")).count()).isEqualTo(3000);
        assertThat(diff.lines().filter(l -> l.startsWith("+other ")).count()).isEqualTo(3000);
    }
}
