package kz.shamy.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Runs after Snowball's Russian stemmer and removes the adjective-forming -н-/-ьн- that Snowball keeps, so a noun
 * meets its relative adjective: лаборатория and лабораторных both become лаборатор, школа and школьных школ.
 * Only stems of at least {@value #MIN_REST} letters lose the suffix, so закон or стон are never cut.
 */
final class RussianDerivationFilter extends TokenFilter {

    static final int MIN_REST = 5;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    RussianDerivationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int length = term.length();
        if (!keyword.isKeyword() && length > MIN_REST && term.charAt(length - 1) == 'н') {
            length--;
            if (term.charAt(length - 1) == 'ь' && length - 1 >= MIN_REST - 1) {
                length--;
            }
            term.setLength(length);
        }
        return true;
    }
}
