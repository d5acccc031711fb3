package kz.shamy.search;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.springframework.stereotype.Component;

/**
 * Stand-in analysis from Lucene's own analyzers until {@code kz.shamy.search.analysis.ShamyAnalyzers} is
 * merged: Russian and English Snowball stemming, Kazakh without stemming, folding by ICU's generic
 * Cyrillic-to-Latin transliteration (not the 2021 Kazakh alphabet). Replace the bodies of these four
 * methods with calls to {@code ShamyAnalyzers}; nothing else in search changes.
 */
@Component
class StandardReportAnalysis implements ReportAnalysis {

    private final Analyzer kazakh = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    private final Analyzer russian = new RussianAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer folded = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream folding = new ICUTransformFilter(new LowerCaseFilter(source),
                    Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
            return new TokenStreamComponents(source, folding);
        }
    };
    private final Analyzer exact = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };

    @Override
    public Analyzer language(String language) {
        return switch (language) {
            case "ru" -> russian;
            case "en" -> english;
            default -> kazakh;
        };
    }

    @Override
    public Analyzer folded() {
        return folded;
    }

    @Override
    public Analyzer exact() {
        return exact;
    }
}
