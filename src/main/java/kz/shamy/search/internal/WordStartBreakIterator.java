package kz.shamy.search.internal;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Boundaries where a word starts after white space, and at both ends of the text: all a highlight passage needs
 * to start and end between words. The JDK's word instance finds every Unicode word and punctuation boundary with
 * its rule tables; on ten hits of about 5,000 characters that was a fifth of the highlighter's time, spent on
 * boundaries no passage used. Passages may end with the white space before the next word, which the formatter
 * strips.
 */
public final class WordStartBreakIterator extends BreakIterator {

    private String text = "";
    private int current;

    @Override
    public int first() {
        return current = 0;
    }

    @Override
    public int last() {
        return current = text.length();
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        return current = after(current);
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        return current = before(current);
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        if (offset >= text.length()) {
            current = text.length();
            return DONE;
        }
        return current = after(offset);
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        return current = before(offset);
    }

    @Override
    public boolean isBoundary(int offset) {
        checkOffset(offset);
        return offset == 0 || offset == text.length() || isWordStart(offset);
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text, current);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    /** The first boundary after {@code offset} ({@code offset < length}). */
    private int after(int offset) {
        for (int i = offset + 1; i < text.length(); i++) {
            if (isWordStart(i)) {
                return i;
            }
        }
        return text.length();
    }

    /** The last boundary before {@code offset} ({@code offset > 0}). */
    private int before(int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i > 0; i--) {
            if (isWordStart(i)) {
                return i;
            }
        }
        return 0;
    }

    private boolean isWordStart(int i) {
        return Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i));
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text of " + text.length());
        }
    }
}
