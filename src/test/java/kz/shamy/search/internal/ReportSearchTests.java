package kz.shamy.search.internal;

import static kz.shamy.search.internal.FakeSearchSource.draft;
import static kz.shamy.search.internal.FakeSearchSource.published;
import static kz.shamy.search.internal.FakeSearchSource.with;
import static kz.shamy.search.internal.ReportIndexTests.ids;
import static kz.shamy.search.internal.ReportIndexTests.partialIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kz.shamy.search.SearchDocument;
import kz.shamy.search.SimilarReports;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.shared.NotFound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search over an in-memory index: the query language, trimming, facets, paging, sorting, highlights. */
class ReportSearchTests {

    private SearchFixture fixture;

    @BeforeEach
    void corpus() throws Exception {
        fixture = new SearchFixture();
        fixture.source
                .put(with(published(1, "en", "Teachers lead lesson study", "Lesson study helped our teachers plan."),
                        "Almaty Region", "School 1", "Biology", "2024-2025"))
                .put(with(published(2, "en", "Laboratory work in rural schools", "Pupils did laboratory work weekly."),
                        "Almaty Region", "School 2", "Chemistry", "2025-2026"))
                .put(with(published(3, "ru", "Лабораторные работы в сельской школе",
                        "Учитель провёл лабораторную работу с учениками."), "Turkistan Region", "School 3",
                        "Chemistry", "2025-2026"))
                .put(with(published(4, "kk", "Мектептегі зерттеу сабағы", "Мұғалім мектеп жобасын жүргізді."),
                        "Turkistan Region", "School 3", "Kazakh", "2025-2026"))
                .put(with(draft(5, "en", "Secret laboratory draft", "Unpublished laboratory plans zebra.",
                        "teacher5", "facilitator1"), "Abai Region", "School 9", "Physics", "2025-2026"))
                .put(with(published(6, "en", "Study <script>alert('x')</script> & more",
                        "Reading study: <img src=x onerror=alert(1)> \"quoted\" laboratory"), "Almaty Region",
                        "School 1", "English", "2024-2025"));
        fixture.indexer.catchUp();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** A published Kazakh report of a test's own, at School {@code id} of Abai Region. */
    private static SearchDocument kazakh(long id, String title, String body) {
        return with(published(id, "kk", title, body), "Abai Region", "School " + id, "Kazakh", "2025-2026");
    }

    @Test
    void wordsMatchAcrossWordForms() {
        assertThat(ids(fixture.find("teacher", "teacher1"))).contains(1L);
        assertThat(ids(fixture.find("лабораторная", "teacher1"))).startsWith(3L);
    }

    @Test
    void aWordFindsTheSameThingInTheOtherLanguagesBelowItsOwn() {
        // the glossary: лабораторная работа = laboratory work = зертханалық жұмыс; мектеп = school = школа
        assertThat(ids(fixture.find("лабораторная", "teacher1"))).containsExactly(3L, 2L, 6L);
        assertThat(ids(fixture.find("mektep", "teacher1"))).startsWith(4L).contains(2L, 3L);
    }

    @Test
    void allWordsAreRequired() {
        // 6 says laboratory but not pupils; 3 says both in Russian (лабораторные, учениками)
        assertThat(ids(fixture.find("laboratory pupils", "teacher1"))).containsExactly(2L, 3L);
    }

    @Test
    void reportsHoldingPartOfTheQueryFollowTheFewFullMatchesAndAreNotCounted() {
        SearchResponse response = fixture.find("laboratory pupils", "teacher1");
        assertThat(response.total()).isEqualTo(2);
        assertThat(ids(response)).containsExactly(2L, 3L);
        // 6 says laboratory only; 1 and 4 say neither word; the draft 5 is not teacher1's to see
        assertThat(partialIds(response)).containsExactly(6L);
        assertThat(response.hits()).extracting(SearchResponse.Hit::partial).containsExactly(false, false, true);
        assertThat(response.hits().get(2).highlights()).anyMatch(h -> h.contains("<mark>laboratory</mark>"));
        assertThat(partialIds(fixture.find("laboratory pupils", "teacher5"))).containsExactlyInAnyOrder(5L, 6L);
    }

    @Test
    void aPhraseWithNoFullMatchOffersReportsWithItsWordsOrItsConceptAnywhere() {
        SearchResponse response = fixture.find("\"study lesson\"", "teacher1");
        assertThat(response.total()).isZero();
        assertThat(ids(response)).isEmpty();
        // 1 and 6 hold the words (1 both of them), 4 the concept in Kazakh (зерттеу сабағы = lesson study)
        assertThat(partialIds(response)).startsWith(1L).containsExactlyInAnyOrder(1L, 4L, 6L);
    }

    @Test
    void aConceptsWordAloneIsAPartialMatch() {
        // laboratory work is one concept of the glossary (лабораторная работа, зертханалық жұмыс): 2 and 3 hold it;
        // 6 says laboratory only
        SearchResponse response = fixture.find("laboratory work", "teacher1");
        assertThat(ids(response)).containsExactlyInAnyOrder(2L, 3L);
        assertThat(partialIds(response)).contains(6L);
    }

    @Test
    void partialMatchesKeepTheExclusionsTheFiltersAndTheReadersRights() {
        assertThat(partialIds(fixture.find("laboratory pupils -reading", "teacher1"))).isEmpty();
        SearchResponse almaty = fixture.search.search(
                SearchFixture.request("laboratory pupils", "Almaty Region", "relevance", 0, 10), "teacher1");
        assertThat(ids(almaty)).containsExactly(2L);
        assertThat(partialIds(almaty)).containsExactly(6L);
        SearchResponse turkistan = fixture.search.search(
                SearchFixture.request("laboratory pupils", "Turkistan Region", "relevance", 0, 10), "teacher1");
        assertThat(ids(turkistan)).containsExactly(3L);
        assertThat(partialIds(turkistan)).isEmpty();
    }

    @Test
    void aConceptsWordInAnotherLanguageAnswersItInPart() throws Exception {
        fixture.source.put(with(published(7, "en", "A reading club in Grade 2", "Pupils read short texts aloud."),
                "Abai Region", "School 7", "English", "2025-2026"));
        fixture.indexer.catchUp();
        // оқу сауаттылығы (reading literacy) is a concept; report 7 says neither it nor "literacy", only "reading",
        // the glossary's word for оқу: not a full match, but a partial one
        SearchResponse response = fixture.find("оқу сауаттылығы", "teacher1");
        assertThat(ids(response)).doesNotContain(7L);
        assertThat(partialIds(response)).contains(7L);
    }

    @Test
    void aConceptsWordsSideBySideRankAboveTheSameWordsApart() throws Exception {
        fixture.source.put(kazakh(7, "Сынып жиналысы", "Биыл сынып жиналысында мұғалімдер мен оқушылар көп мәселені"
                        + " талқылады, кейін ата-аналарымыздың жұмысы туралы жоспар бекітілді, мектеп кітапханасы мен"
                        + " спорт залы туралы да айтылды."))
                .put(kazakh(8, "Жұмыстар туралы ата-аналардың пікірі",
                        "Жұмыстар туралы ата-аналардың пікірі жиналды. Жұмыстар күні ата-аналардың көбі келді."));
        fixture.indexer.catchUp();
        // both hold both words, 8 more often and in its title; only 7 has them side by side, as the concept
        assertThat(ids(fixture.find("ата-аналармен жұмыс", "teacher1"))).containsSubsequence(7L, 8L);
    }

    @Test
    void aQuotedPhraseInItsExactLettersRanksAboveItsInflectedForm() throws Exception {
        // 7 says its phrase twice, 8 once; both forms have the same Kazakh keys, so by its words 7 ranks first
        fixture.source.put(kazakh(7, "Зерттеу сабақтары", "Биыл зерттеу сабақтары өтті."))
                .put(kazakh(8, "Тәжірибе", "Биыл зерттеу сабағы өтті."));
        fixture.indexer.catchUp();

        assertThat(ids(fixture.find("\"зерттеу сабағы\"", "teacher1"))).startsWith(8L).contains(7L);
        assertThat(ids(fixture.find("\"зерттеу сабақтары\"", "teacher1"))).startsWith(7L).contains(8L);
    }

    @Test
    void aWordTypedOnARussianKeyboardRanksReportsByTopicNotBySpelling() throws Exception {
        // 7 is on work with parents, in Cyrillic; 8, typed on a Russian keyboard as the query is, names the word once
        fixture.source.put(kazakh(7, "Ата-аналармен жұмыс",
                        "Ата-аналармен жұмыс жоспары: жұмыс кестесі, жұмыс күндері."))
                .put(kazakh(8, "Мектеп бакшасы", "Биыл оқушылар мектеп бакшасында агаш отыргызды,"
                        + " кузде жемис жинады, бул жумыс ұнады."));
        fixture.indexer.catchUp();

        assertThat(ids(fixture.find("жумыс", "teacher1"))).startsWith(7L, 8L);
        assertThat(ids(fixture.find("жұмыс", "teacher1"))).startsWith(7L, 8L);
    }

    @Test
    void partialMatchesOnlyFillThePageWhereTheFullOnesEndAndNeverTheNewestOrder() {
        assertThat(partialIds(fixture.search.search(SearchFixture.request("laboratory pupils", null, "relevance", 0, 2),
                "teacher1"))).isEmpty();
        assertThat(fixture.search.search(SearchFixture.request("laboratory pupils", null, "relevance", 1, 2),
                "teacher1").hits()).isEmpty();
        assertThat(partialIds(fixture.search.search(SearchFixture.request("laboratory pupils", null, "relevance", 0, 3),
                "teacher1"))).containsExactly(6L);
        assertThat(partialIds(fixture.search.search(SearchFixture.request("laboratory pupils", null, "newest", 0, 10),
                "teacher1"))).isEmpty();
        // one word: its full matches are all there is
        assertThat(partialIds(fixture.find("zebra", "teacher1"))).isEmpty();
    }

    @Test
    void aWordOfGrammarIsNotAskedFor() {
        // with "in" counted as a word, two of three would do, and 2 (laboratory work in rural schools) would match
        // without a teacher in it; 3 has both in Russian (учитель, школе)
        assertThat(ids(fixture.find("teachers in school", "teacher1")))
                .isEqualTo(ids(fixture.find("teachers school", "teacher1"))).doesNotContain(2L).contains(3L);
        // a query of such words alone still finds them
        assertThat(ids(fixture.find("in", "teacher1"))).contains(2L);
    }

    @Test
    void phraseNeedsTheWordsInOrder() {
        assertThat(ids(fixture.find("\"lesson study\"", "teacher1"))).containsExactly(1L);
        assertThat(ids(fixture.find("\"study lesson\"", "teacher1"))).isEmpty();
    }

    @Test
    void minusExcludes() {
        assertThat(ids(fixture.find("laboratory -pupils", "teacher1"))).containsExactlyInAnyOrder(6L);
        // excluding a word excludes it in the other languages too: 3 is about лабораторные работы
        assertThat(ids(fixture.find("-laboratory", "teacher1"))).containsExactlyInAnyOrder(1L, 4L);
    }

    @Test
    void excludingAKazakhWordExcludesTheWordsDerivedFromIt() throws Exception {
        fixture.source.put(kazakh(7, "Мектеп кітапханасы", "Оқушылар кітапханада кітап оқыды."))
                .put(kazakh(8, "Кітапханашымен бірге", "Оқушылар кітапханашымен кітап оқыды."))
                .put(kazakh(9, "Экологиялық тәрбие", "Оқушылар экологиялық жобада кітап оқыды."))
                .put(kazakh(10, "Кітапхана сағаты", "Оқушылар кітапханаға барды."));
        fixture.indexer.catchUp();
        assertThat(ids(fixture.find("кітап", "teacher1"))).contains(7L, 8L, 9L);
        // кітапханашы (librarian) is derived from кітапхана (library); in any script
        assertThat(ids(fixture.find("оқушылар -кітапхана", "teacher1"))).contains(9L).doesNotContain(7L, 8L, 10L);
        assertThat(ids(fixture.find("оқушылар -kitaphana", "teacher1"))).contains(9L).doesNotContain(7L, 8L, 10L);
        // a short key excludes only its own forms: кітап (book) does not take кітапхана (library) with it
        assertThat(ids(fixture.find("оқушылар -кітап", "teacher1"))).contains(10L).doesNotContain(7L, 8L, 9L);
        // the adjective of a borrowed noun is found by the noun, and excluded with it
        assertThat(ids(fixture.find("экология", "teacher1"))).containsExactly(9L);
        assertThat(ids(fixture.find("оқушылар -экология", "teacher1"))).contains(7L, 8L, 10L).doesNotContain(9L);
    }

    @Test
    void orFindsEither() {
        assertThat(ids(fixture.find("pupils OR lesson", "teacher1"))).startsWith(1L, 2L)
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L); // 3: учениками, 4: сабағы
    }

    @Test
    void kazakhWordFormsAndBothScriptsMeet() {
        // indexed in Cyrillic as "Мұғалім мектеп жобасын", "Мектептегі"
        assertThat(ids(fixture.find("мектептерде", "teacher1"))).startsWith(4L);
        assertThat(ids(fixture.find("mūğalım", "teacher1"))).startsWith(4L);
        assertThat(ids(fixture.find("mugalim", "teacher1"))).startsWith(4L);
        // typed on a Russian keyboard: у for ұ, г for ғ, и for і
        assertThat(ids(fixture.find("мугалим", "teacher1"))).startsWith(4L);
    }

    @Test
    void aVowelStemFindsItsPossessiveInAnyScript() {
        // report 4 says "жобасын" (its project, accusative): the stemmer leaves -сы on, the query looks for both
        assertThat(ids(fixture.find("жоба", "teacher1"))).contains(4L);
        assertThat(ids(fixture.find("joba", "teacher1"))).contains(4L);
        assertThat(fixture.find("жоба", "teacher1").total()).isEqualTo(ids(fixture.find("жоба", "teacher1")).size());
    }

    @Test
    void latinNgIsAlsoTriedAsTheKazakhNg() throws Exception {
        fixture.source.put(kazakh(7, "Оқушылардың жазуы", "Мұғалімнің кеңесі."));
        fixture.indexer.catchUp();
        assertThat(ids(fixture.find("okushylardyng", "teacher1"))).contains(7L);
        assertThat(ids(fixture.find("mugalimning", "teacher1"))).contains(7L);
    }

    @Test
    void foldedFieldFindsKazakhTypedInLatin() {
        assertThat(ids(fixture.find("mektep", "teacher1"))).startsWith(4L);
    }

    @Test
    void exactLettersRankAboveStemmedMatches() {
        List<Long> found = ids(fixture.find("laboratory", "teacher1"));

        assertThat(found.subList(0, 2)).containsExactlyInAnyOrder(2L, 6L);
        assertThat(found).containsExactly(found.get(0), found.get(1), 3L); // 3 in Russian, through the glossary
        assertThat(fixture.find("лабораторные", "teacher1").hits().get(0).score())
                .isGreaterThan(fixture.find("лабораторная", "teacher1").hits().get(0).score());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "title:x*", "((", "a AND", "OR", "-", "\"\"", "\u0000\u0001", "*:*",
            "\\", "[1 TO 2]", "~!@#$%^&*()", "-\"", "x^999", "/regex/", "   "})
    void malformedQueriesNeverFail(String q) {
        SearchResponse response = fixture.find(q, "teacher1");

        assertThat(response.total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void hugeQueryIsAnsweredNotRefused() {
        String huge = "laboratory ".repeat(5000) + "\"" + "x".repeat(50_000);

        assertThat(fixture.find(huge, "teacher1").total()).isEqualTo(3);
    }

    @Test
    void emptyQueryListsEveryVisibleReport() {
        assertThat(fixture.find("", "teacher1").total()).isEqualTo(5);
        assertThat(fixture.find(null, "teacher5").total()).isEqualTo(6);
    }

    @Test
    void draftIsFoundOnlyByItsReaders() {
        assertThat(ids(fixture.find("zebra", "teacher1"))).isEmpty();
        assertThat(ids(fixture.find("zebra", "teacher5"))).containsExactly(5L);
        assertThat(ids(fixture.find("zebra", "facilitator1"))).containsExactly(5L);
    }

    @Test
    void reportsLikeATextArePublishedOnesInAnyLanguageWithTheirPassageMarked() {
        // the draft holds the text's rarest words, and is still never offered: like lists published reports only
        List<SimilarReports.SimilarReport> like = fixture.search.like(
                "Unpublished laboratory plans: my pupils do no laboratory work in our rural school, zebra.", 5);
        assertThat(like).extracting(SimilarReports.SimilarReport::reportId).doesNotContain(5L)
                .startsWith(2L).contains(3L);
        assertThat(like.get(0).passageHtml()).contains("<mark>laboratory work</mark>");
        // a Russian report found through the glossary's wording of the concept, its passage marked in Russian
        assertThat(like.stream().filter(r -> r.reportId() == 3L).findFirst().orElseThrow().passageHtml())
                .contains("<mark>");
        // its stored text is HTML-escaped in the passage
        assertThat(fixture.search.like("study alert quoted reading", 5)).filteredOn(r -> r.reportId() == 6L)
                .allSatisfy(r -> assertThat(r.passageHtml()).doesNotContain("<img", "<script").contains("&lt;img"));
    }

    @Test
    void aTextTooLongOrALimitOutOfRangeIsRefusedAndABlankOneListsNothing() {
        assertThatThrownBy(() -> fixture.search.like("x".repeat(SimilarReports.MAX_TEXT + 1), 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fixture.search.like("laboratory", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fixture.search.like("laboratory", SimilarReports.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(fixture.search.like("   ", 5)).isEmpty();
        assertThat(fixture.search.like("\" \" -- ( ) OR AND", 5)).isEmpty();
    }

    @Test
    void totalsAndFacetsNeverCountADraftTheCallerMayNotSee() {
        SearchResponse outsider = fixture.find("laboratory", "teacher1");
        SearchResponse author = fixture.find("laboratory", "teacher5");

        assertThat(outsider.total()).isEqualTo(3); // 2 and 6, and 3 in Russian
        assertThat(outsider.facets().get("region")).doesNotContainKey("Abai Region");
        assertThat(outsider.facets().get("subject")).doesNotContainKey("Physics");
        assertThat(outsider.facets().get("year")).containsEntry("2025-2026", 2L);
        assertThat(author.total()).isEqualTo(4);
        assertThat(author.facets().get("region")).containsEntry("Abai Region", 1L);
        assertThat(author.facets().get("year")).containsEntry("2025-2026", 3L);
    }

    @Test
    void facetsCountTheResultsAndFiltersNarrowThem() {
        SearchResponse all = fixture.find("", "teacher1");
        assertThat(all.facets()).containsOnlyKeys("region", "school", "subject", "year", "language");
        assertThat(all.facets().get("region")).containsEntry("Almaty Region", 3L).containsEntry("Turkistan Region", 2L);
        assertThat(all.facets().get("language")).containsEntry("en", 3L).containsEntry("ru", 1L).containsEntry("kk", 1L);

        SearchResponse turkistan = fixture.search.search(SearchRequests.of("", "ru", "Turkistan Region", null,
                "Chemistry", "2025-2026", "relevance", 0, 10), "teacher1");
        assertThat(ids(turkistan)).containsExactly(3L);
        assertThat(turkistan.facets().get("school")).containsExactly(java.util.Map.entry("School 3", 1L));
    }

    @Test
    void aChosenFacetStillCountsItsOtherValuesWhileTheOtherFacetsAreNarrowed() {
        SearchResponse turkistan = fixture.search.search(SearchRequests.of("", null, "Turkistan Region", null, null,
                null, "relevance", 0, 10), "teacher1");
        assertThat(ids(turkistan)).containsExactlyInAnyOrder(3L, 4L);
        assertThat(turkistan.total()).isEqualTo(2);
        // sideways: the region facet counts as if no region were chosen, so the person can switch
        assertThat(turkistan.facets().get("region")).containsOnly(java.util.Map.entry("Almaty Region", 3L),
                java.util.Map.entry("Turkistan Region", 2L));
        // the other facets count only Turkistan's reports
        assertThat(turkistan.facets().get("subject")).containsOnly(java.util.Map.entry("Chemistry", 1L),
                java.util.Map.entry("Kazakh", 1L));
        assertThat(turkistan.facets().get("language")).containsOnly(java.util.Map.entry("ru", 1L),
                java.util.Map.entry("kk", 1L));
        assertThat(turkistan.facets().get("year")).containsOnly(java.util.Map.entry("2025-2026", 2L));

        SearchResponse both = fixture.search.search(SearchRequests.of("", null, "Turkistan Region", null, "Chemistry",
                null, "relevance", 0, 10), "teacher1");
        assertThat(ids(both)).containsExactly(3L);
        // each chosen dimension is narrowed by the other's filter, never by its own
        assertThat(both.facets().get("region")).containsOnly(java.util.Map.entry("Almaty Region", 1L),
                java.util.Map.entry("Turkistan Region", 1L));
        assertThat(both.facets().get("subject")).containsOnly(java.util.Map.entry("Chemistry", 1L),
                java.util.Map.entry("Kazakh", 1L));
        assertThat(both.facets().get("school")).containsOnly(java.util.Map.entry("School 3", 1L));

        // counting sideways still counts only what the caller may see
        SearchResponse author = fixture.search.search(SearchRequests.of("", null, "Turkistan Region", null, null,
                null, "relevance", 0, 10), "teacher5");
        assertThat(author.facets().get("region")).containsEntry("Abai Region", 1L);
        assertThat(turkistan.facets().get("region")).doesNotContainKey("Abai Region");
    }

    @Test
    void pagesAreDisjointAndTotalIsExact() {
        SearchResponse first = fixture.search.search(SearchFixture.request("", null, "newest", 0, 2), "teacher1");
        SearchResponse second = fixture.search.search(SearchFixture.request("", null, "newest", 1, 2), "teacher1");
        SearchResponse third = fixture.search.search(SearchFixture.request("", null, "newest", 2, 2), "teacher1");
        SearchResponse beyond = fixture.search.search(SearchFixture.request("", null, "newest", 5, 2), "teacher1");

        assertThat(ids(first)).containsExactly(6L, 4L);
        assertThat(ids(second)).containsExactly(3L, 2L);
        assertThat(ids(third)).containsExactly(1L);
        assertThat(beyond.hits()).isEmpty();
        assertThat(List.of(first.total(), second.total(), beyond.total())).containsOnly(5L);
    }

    @Test
    void newestSortsByUpdateTimeAndStillScores() {
        SearchResponse newest = fixture.search.search(SearchFixture.request("laboratory", null, "newest", 0, 10),
                "teacher5");

        assertThat(ids(newest)).containsExactly(6L, 5L, 3L, 2L);
        assertThat(newest.hits()).allMatch(h -> h.score() > 0);
    }

    @Test
    void invalidParametersAreRefused() {
        assertThatThrownBy(() -> SearchFixture.request("", null, "relevance", -1, 10)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> SearchFixture.request("", null, "relevance", 0, 100_000)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> SearchFixture.request("", null, "relevance", 0, 0)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> SearchFixture.request("", null, "random", 0, 10)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> SearchFixture.request("", null, "relevance", 1000, 100)).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> SearchRequests.of("", "de", null, null, null, null, null, 0, 10))
                .isInstanceOf(InvalidRequest.class);
    }

    @Test
    void highlightsMarkMatchesAndEscapeEverythingElse() {
        SearchResponse response = fixture.find("study OR laboratory", "teacher1");
        List<String> highlights = response.hits().stream().filter(h -> h.id() == 6L).findFirst().orElseThrow()
                .highlights();

        String joined = String.join(" ", highlights);
        assertThat(joined).contains("<mark>Study</mark>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more",
                "&lt;img src=x", "onerror=alert(1)&gt;", "&quot;quoted&quot; <mark>laboratory</mark>");
        assertThat(joined.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
    }

    @Test
    void passagesStayShortEvenInTextWithoutFullStops() {
        String words = "pupils read together every morning in the small school library ".repeat(60);
        fixture.source.put(with(published(7, "en", "Reading notes", words + "laboratory " + words),
                "Almaty Region", "School 1", "English", "2024-2025"));
        fixture.indexer.catchUp();

        List<String> highlights = fixture.find("laboratory", "teacher1").hits().stream()
                .filter(h -> h.id() == 7L).findFirst().orElseThrow().highlights();

        assertThat(highlights).isNotEmpty().allSatisfy(passage -> assertThat(passage.length()).isLessThan(400));
        assertThat(String.join(" ", highlights)).contains("<mark>laboratory</mark>");
    }

    @Test
    void phraseTotalsAndFacetsCountEveryVisibleMatchBeyondThePage() {
        for (long id = 20; id < 35; id++) {
            fixture.source.put(with(published(id, "en", "Lesson study notes " + id, "Our lesson study went on."),
                    "Abai Region", "School " + id, "English", "2024-2025"));
        }
        fixture.source.put(with(draft(35, "en", "Draft lesson study", "A lesson study nobody else reads.", "teacher5"),
                "Abai Region", "School 35", "English", "2024-2025"));
        fixture.indexer.catchUp();

        SearchResponse response = fixture.search.search(SearchFixture.request("\"lesson study\"", null, "relevance", 0,
                5), "teacher1");

        // documents 1 and 20-34: sixteen visible, the draft not among them
        assertThat(response.total()).isEqualTo(16);
        assertThat(response.hits()).hasSize(5);
        assertThat(response.facets().get(ReportFields.REGION)).containsEntry("Abai Region", 15L)
                .containsEntry("Almaty Region", 1L);
    }

    @Test
    void phraseHighlightsMarkThePhraseNotItsWordsElsewhere() {
        fixture.source.put(with(published(8, "en", "Planning notes", "We study the lesson plan. Then lesson study began."),
                "Almaty Region", "School 1", "English", "2024-2025"));
        fixture.indexer.catchUp();

        String marked = String.join(" ", fixture.find("\"lesson study\"", "teacher1").hits().stream()
                .filter(h -> h.id() == 8L).findFirst().orElseThrow().highlights());

        assertThat(marked).contains("<mark>lesson study</mark> began")
                .contains("We study the lesson plan").doesNotContain("<mark>study</mark> the");
    }

    @Test
    void highlightsMarkFoldedAndStemmedMatchesInTheStoredText() {
        String kazakh = String.join(" ", fixture.find("mektep", "teacher1").hits().get(0).highlights());
        String russian = String.join(" ", fixture.find("лабораторная", "teacher1").hits().get(0).highlights());

        assertThat(kazakh).contains("<mark>мектеп</mark>");
        assertThat(russian).contains("<mark>Лабораторные</mark>", "<mark>лабораторную</mark>");
    }

    @Test
    void didYouMeanOffersAVisibleCorrection() {
        SearchResponse response = fixture.find("laboratoyr", "teacher1");

        assertThat(response.total()).isZero();
        assertThat(response.suggestion()).isEqualTo("laboratory");
        assertThat(fixture.find("laboratory", "teacher1").suggestion()).isNull();
    }

    @Test
    void didYouMeanNeverLeaksAWordOnlyADraftHolds() {
        assertThat(fixture.find("zebar", "teacher1").suggestion()).isNull();
        assertThat(fixture.find("zebar", "teacher5").suggestion()).isEqualTo("zebra");
    }

    @Test
    void similarReportsAreVisibleOnesOtherThanItself() {
        List<Long> similar = fixture.search.similar(2, "teacher1").stream().map(SearchResponse.Hit::id).toList();

        assertThat(similar).isNotEmpty().doesNotContain(2L, 5L);
        assertThat(similar.get(0)).isEqualTo(6L);
    }

    @Test
    void similarOfAnInvisibleOrUnknownReportIsNotFound() {
        assertThatThrownBy(() -> fixture.search.similar(5, "teacher1")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> fixture.search.similar(99, "teacher1")).isInstanceOf(NotFound.class);
        assertThat(fixture.search.similar(5, "teacher5")).extracting(SearchResponse.Hit::id).contains(2L);
    }
}
