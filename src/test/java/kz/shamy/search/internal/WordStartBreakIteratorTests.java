package kz.shamy.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.junit.jupiter.api.Test;

class WordStartBreakIteratorTests {

    private static final String TEXT = "Мектеп  oqushylary\nread <b>books</b> ";

    @Test
    void boundariesAreTheEndsAndEveryWordStartAfterWhiteSpace() {
        BreakIterator it = iterator(TEXT);
        List<Integer> forward = new ArrayList<>();
        forward.add(it.first());
        for (int b = it.next(); b != BreakIterator.DONE; b = it.next()) {
            forward.add(b);
        }
        assertThat(forward).containsExactly(0, 8, 19, 24, TEXT.length());
        List<Integer> backward = new ArrayList<>();
        backward.add(it.last());
        for (int b = it.previous(); b != BreakIterator.DONE; b = it.previous()) {
            backward.add(b);
        }
        assertThat(backward).containsExactly(TEXT.length(), 24, 19, 8, 0);
    }

    @Test
    void followingAndPrecedingAreStrictAndStopAtTheEnds() {
        BreakIterator it = iterator(TEXT);
        assertThat(it.following(0)).isEqualTo(8);
        assertThat(it.following(8)).isEqualTo(19);
        assertThat(it.following(10)).isEqualTo(19);
        assertThat(it.current()).isEqualTo(19);
        assertThat(it.following(TEXT.length() - 1)).isEqualTo(TEXT.length());
        assertThat(it.following(TEXT.length())).isEqualTo(BreakIterator.DONE);
        assertThat(it.preceding(19)).isEqualTo(8);
        assertThat(it.preceding(8)).isEqualTo(0);
        assertThat(it.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(it.current()).isZero();
        assertThat(it.isBoundary(24)).isTrue();
        assertThat(it.isBoundary(27)).isFalse();
        assertThatThrownBy(() -> it.following(TEXT.length() + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyTextHasOneBoundary() {
        BreakIterator it = iterator("");
        assertThat(it.first()).isZero();
        assertThat(it.next()).isEqualTo(BreakIterator.DONE);
        assertThat(it.last()).isZero();
        assertThat(it.previous()).isEqualTo(BreakIterator.DONE);
    }

    @Test
    void passagesNearTheLengthGoalStartAtAWord() {
        String words = "pupils read together every morning in the small school library ".repeat(20);
        BreakIterator passages = LengthGoalBreakIterator.createClosestToLength(new WordStartBreakIterator(), 60, 0.5f);
        passages.setText(words);
        int match = words.indexOf("library", 300);
        int start = passages.preceding(match);
        int end = passages.following(match + "library".length() - 1);
        assertThat(start == 0 || words.charAt(start - 1) == ' ').isTrue();
        assertThat(end - start).isBetween(30, 120);
        assertThat(words.substring(start, end)).contains("library");
    }

    private static BreakIterator iterator(String text) {
        BreakIterator it = new WordStartBreakIterator();
        it.setText(text);
        return it;
    }
}
