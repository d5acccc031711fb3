package kz.shamy.search.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Applies {@link KazakhLightStemmer} to folded keys; terms marked as keywords are left alone. */
final class KazakhLightStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    KazakhLightStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            String stem = KazakhLightStemmer.stem(term.toString());
            if (!stem.contentEquals(term)) {
                term.setEmpty().append(stem);
            }
        }
        return true;
    }
}
