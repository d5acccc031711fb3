package kz.shamy.search.analysis;

/** Thrown when an analyzer is asked for a language Shamy does not analyse (anything but kk, ru and en). */
public class UnsupportedLanguage extends IllegalArgumentException {

    public UnsupportedLanguage(String language) {
        super("No analyzer for language '" + language + "'; Shamy analyses " + ShamyAnalyzers.LANGUAGES);
    }
}
