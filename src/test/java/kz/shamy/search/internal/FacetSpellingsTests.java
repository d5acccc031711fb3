package kz.shamy.search.internal;

import static kz.shamy.search.internal.FakeSearchSource.published;
import static kz.shamy.search.internal.FakeSearchSource.with;
import static kz.shamy.search.internal.ReportIndexTests.ids;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One subject written three ways (Cyrillic, the 2021 Latin alphabet, informal ASCII Latin) is one facet value, named
 * in the reader's script, and choosing it selects the reports of every spelling.
 */
class FacetSpellingsTests {

    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final Locale RU = Locale.forLanguageTag("ru");

    private SearchFixture fixture;

    @BeforeEach
    void corpus() throws Exception {
        fixture = new SearchFixture();
        fixture.source
                .put(with(published(1, "kk", "Оқу сабағы", "Мұғалім сабақ жүргізді."),
                        "Түркістан облысы", "№3 мектеп", "Бастауыш білім", "2025-2026"))
                .put(with(published(2, "kk", "Oqu sabağy", "Mūğalım sabaq jürgızdı."),
                        "Türkıstan oblysy", "№3 mektep", "Bastauyş bılım", "2025-2026"))
                .put(with(published(3, "kk", "Oku sabagy", "Mugalim sabak zhurgizdi."),
                        "Turkistan oblysy", "№3 mektep", "Bastauysh bilim", "2025-2026"))
                .put(with(published(4, "kk", "Басқа сабақ", "Мұғалім химия сабағын жүргізді."),
                        "Түркістан облысы", "№3 мектеп", "Химия", "2025-2026"))
                .put(with(published(5, "kk", "Тағы бір сабақ", "Мұғалім бастауыш сыныпта сабақ жүргізді."),
                        "Түркістан облысы", "№3 мектеп", "Бастауыш білім", "2024-2025"));
        fixture.indexer.catchUp();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void threeSpellingsOfASubjectAreOneFacetValueInCyrillicForKazakhAndRussianReaders() {
        for (Locale reader : new Locale[] {KK, RU}) {
            SearchResponse all = fixture.search.search(request(null), "teacher1", reader);

            assertThat(all.facets().get("subject")).containsOnly(Map.entry("Бастауыш білім", 4L), Map.entry("Химия", 1L));
            assertThat(all.facets().get("region")).containsOnly(Map.entry("Түркістан облысы", 5L));
        }
    }

    @Test
    void anEnglishReaderSeesTheOfficialLatinSpellingWhenTheReportsCarryIt() {
        SearchResponse all = fixture.search.search(request(null), "teacher1", Locale.ENGLISH);

        assertThat(all.facets().get("subject")).containsOnly(Map.entry("Bastauyş bılım", 4L), Map.entry("Химия", 1L));
        // no report spells the region in the 2021 alphabet's way: the Latin spelling the reports carry stands
        assertThat(all.facets().get("region")).hasSize(1).containsValue(5L);
        assertThat(all.facets().get("region").keySet().iterator().next()).isIn("Türkıstan oblysy", "Turkistan oblysy");
    }

    @Test
    void choosingTheMergedValueInAnySpellingSelectsTheReportsOfEverySpelling() {
        for (String spelling : new String[] {"Бастауыш білім", "Bastauyş bılım", "Bastauysh bilim", "bastauish bilim"}) {
            SearchResponse chosen = fixture.search.search(request(spelling), "teacher1", KK);

            assertThat(ids(chosen)).as(spelling).containsExactlyInAnyOrder(1L, 2L, 3L, 5L);
            assertThat(chosen.total()).isEqualTo(4);
            // the chosen dimension counts sideways, merged too; the others count the four
            assertThat(chosen.facets().get("subject")).containsOnly(Map.entry("Бастауыш білім", 4L), Map.entry("Химия", 1L));
            assertThat(chosen.facets().get("year")).containsOnly(Map.entry("2025-2026", 3L), Map.entry("2024-2025", 1L));
        }
    }

    @Test
    void wordsAndTheMergedFilterTogetherStillFindEverySpelling() {
        SearchResponse found = fixture.search.search(SearchRequests.of("сабақ", null, null, null, "Bastauysh bilim",
                null, "relevance", 0, 10), "teacher1", RU);

        assertThat(ids(found)).containsExactlyInAnyOrder(1L, 2L, 3L, 5L);
    }

    @Test
    void aValueNoReportCarriesInAnySpellingSelectsNothing() {
        SearchResponse none = fixture.search.search(request("Физика"), "teacher1", KK);

        assertThat(none.total()).isZero();
        assertThat(none.hits()).isEmpty();
    }

    @Test
    void keysFoldEachWordAndLinksKnowTheChosenValueInAnotherSpelling() {
        assertThat(FacetKeys.key(" Бастауыш   білім ")).isEqualTo(FacetKeys.key("Bastauysh bilim"))
                .isEqualTo(FacetKeys.key("Bastauyş bılım")).isEqualTo("bastauish bilim");
        assertThat(FacetKeys.key("Химия")).isNotEqualTo(FacetKeys.key("Физика"));
        assertThat(FacetKeys.readsLatin(KK)).isFalse();
        assertThat(FacetKeys.readsLatin(RU)).isFalse();
        assertThat(FacetKeys.readsLatin(Locale.ENGLISH)).isTrue();

        SearchLinks links = new SearchLinks(request("Bastauysh bilim"), 4);
        assertThat(links.chosen("subject", "Бастауыш білім")).isTrue();
        assertThat(links.chosen("subject", "Химия")).isFalse();
        // choosing the chosen value again, in the page's spelling, drops the filter
        assertThat(links.facet("subject", "Бастауыш білім")).isEqualTo("/search");
    }

    private static SearchRequest request(String subject) {
        return SearchRequests.of("", null, null, null, subject, null, "relevance", 0, 10);
    }
}
