package kz.shamy.search.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The benchmark's query mix: what staff type into the search box, in the three languages and both Kazakh scripts,
 * with and without facets. Every client walks the same list in its own seeded order.
 */
final class BenchmarkQueries {

    /** One search as a person asks it; null facets are not chosen. */
    record Spec(String kind, String q, String region, String subject, String year, boolean newest) {

        SearchRequest request() {
            return SearchRequests.of(q, null, region, null, subject, year, newest ? "newest" : "relevance", 0, 10);
        }
    }

    static final List<Spec> MIX = List.of(
            // single words, each language
            word("мұғалім"), word("учитель"), word("teacher"), word("бағалау"), word("оценивание"),
            word("assessment"), word("зертхана"), word("библиотеке"), word("parents"),
            // word forms the stemmers join
            word("мектептерде"), word("оқушыларының"), word("лабораторных"), word("учеников"), word("teachers"),
            word("observations"), word("сабақтарды"),
            // cross-script and keyboard: Latin for Cyrillic Kazakh, Cyrillic for Latin Kazakh, Russian keyboard
            word("mektep"), word("mūğalım"), word("mugalim"), word("мугалим"), word("oqushylar"), word("зерттеу"),
            // phrases
            word("\"зерттеу сабағы\""), word("\"формативное оценивание\""), word("\"lesson study\""),
            word("\"критическое мышление\""), word("\"group work\""), word("\"кері байланыс\""),
            // several words and exclusions
            word("формативті бағалау оқушылар"), word("reading literacy -mathematical"),
            word("грамотность -математическая"), word("сыни ойлау -топтық"), word("feedback OR mentoring"),
            // facet filters
            facet("мұғалім", "Turkistan Region", null, null), facet("оценивание", "Almaty Region", "Mathematics", null),
            facet("lesson study", null, "English", "2024-2025"), facet("жоба", "Kyzylorda Region", null, "2019-2020"),
            facet("лабораторные работы", null, "Chemistry", null),
            // newest first
            newest("зерттеу сабағы"), newest("наставничество"), newest("workshops"),
            new Spec("newest+facet", "мектеп", "Abai Region", null, null, true));

    private BenchmarkQueries() {
    }

    /** {@code count} queries from the mix in a seeded order (the mix repeated as needed). */
    static List<Spec> sequence(long seed, int count) {
        List<Spec> out = new ArrayList<>(count);
        Random random = new Random(seed);
        while (out.size() < count) {
            List<Spec> round = new ArrayList<>(MIX);
            Collections.shuffle(round, random);
            out.addAll(round.subList(0, Math.min(round.size(), count - out.size())));
        }
        return out;
    }

    private static Spec word(String q) {
        return new Spec(q.startsWith("\"") ? "phrase" : "words", q, null, null, null, false);
    }

    private static Spec facet(String q, String region, String subject, String year) {
        return new Spec("facet", q, region, subject, year, false);
    }

    private static Spec newest(String q) {
        return new Spec("newest", q, null, null, null, true);
    }
}
