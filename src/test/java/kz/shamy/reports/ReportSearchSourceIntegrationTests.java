package kz.shamy.reports;

import kz.shamy.reports.internal.ArchiveRecord;
import kz.shamy.reports.internal.ReportSearchSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kz.shamy.EmptyShamyIntegrationTest;
import kz.shamy.identity.People;
import kz.shamy.programme.Schools;
import kz.shamy.search.FailedChange;
import kz.shamy.search.IndexChange;
import kz.shamy.search.SearchDocument;
import kz.shamy.search.SearchSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the search index gets from the reports: documents of published and draft reports, counts and the walk. */
@EmptyShamyIntegrationTest
class ReportSearchSourceIntegrationTests {

    @Autowired SearchSource source;
    @Autowired Reports reports;
    @Autowired Schools schools;
    @Autowired People people;

    ReportFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReportFixtures(schools, people, reports);
    }

    @Test
    void failedAttemptsAreCountedOnTheOutboxRowAndASetAsideEntryIsListedUntilRetried() {
        long before = source.latestSequence();
        Long id = fixtures.draft("Cannot be indexed").reportId();
        IndexChange change = source.changesAfter(before, 10).stream().filter(c -> c.reportId() == id)
                .findFirst().orElseThrow();

        assertThat(source.failedAttempt(change, "java.lang.IllegalArgumentException: first")).isEqualTo(1);
        assertThat(source.failedAttempt(change, "java.lang.IllegalArgumentException: second")).isEqualTo(2);
        assertThat(source.failedChanges()).extracting(FailedChange::sequence).doesNotContain(change.sequence());
        source.setAside(change);

        FailedChange failed = source.failedChanges().stream().filter(f -> f.sequence() == change.sequence())
                .findFirst().orElseThrow();
        assertThat(failed.reportId()).isEqualTo(id);
        assertThat(failed.kind()).isEqualTo(IndexChange.Kind.UPSERT);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).isEqualTo("java.lang.IllegalArgumentException: second");
        assertThat(failed.failedAt()).isNotNull();

        IndexChange again = source.retry(change.sequence()).orElseThrow();
        assertThat(again.reportId()).isEqualTo(id);
        assertThat(again.kind()).isEqualTo(IndexChange.Kind.UPSERT);
        assertThat(again.sequence()).isGreaterThan(change.sequence());
        assertThat(source.changesAfter(change.sequence(), 1000)).extracting(IndexChange::sequence)
                .contains(again.sequence());
        assertThat(source.failedChanges()).extracting(FailedChange::sequence).doesNotContain(change.sequence());
        assertThat(source.retry(change.sequence())).as("already retried").isEmpty();
        assertThat(source.retry(again.sequence())).as("never set aside").isEmpty();
    }

    @Test
    void aReportARebuildCouldNotIndexIsListedAsSetAsideAndTheIndexerPassesItsEntryOver() {
        Long id = fixtures.draft("Refused by the index").reportId();
        long before = source.latestSequence();

        source.refused(id, "java.lang.IllegalArgumentException: path too long");

        FailedChange refused = source.failedChanges().stream().filter(f -> f.reportId() == id).findFirst()
                .orElseThrow();
        assertThat(refused.sequence()).isGreaterThan(before);
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.lastError()).isEqualTo("java.lang.IllegalArgumentException: path too long");
        assertThat(source.changesAfter(before, 1000)).as("set aside as it was written").isEmpty();
        IndexChange again = source.retry(refused.sequence()).orElseThrow();
        assertThat(source.changesAfter(before, 1000)).extracting(IndexChange::sequence)
                .containsExactly(again.sequence());
    }

    @Test
    void aDraftIsReadOnlyByItsAuthorAndFacilitatorWithNamesLookedUp() {
        Long id = fixtures.draft("Reading together").reportId();
        SearchDocument draft = source.document(id).orElseThrow();
        assertThat(draft.reportId()).isEqualTo(id);
        assertThat(draft.title()).isEqualTo("Reading together");
        assertThat(draft.author()).isEqualTo("Aigerim " + fixtures.suffix);
        assertThat(draft.school()).isEqualTo("School " + fixtures.suffix);
        assertThat(draft.region()).isEqualTo("Region " + fixtures.suffix);
        assertThat(draft.subject()).isEqualTo("Reading");
        assertThat(draft.year()).isEqualTo("2025-2026");
        assertThat(draft.language()).isEqualTo("en");
        assertThat(draft.summary()).startsWith("pupils pupils");
        assertThat(draft.body()).isEqualTo("Pupils in grade three read together.");
        assertThat(draft.keywords()).containsExactly("reading", "grade 3");
        assertThat(draft.published()).isFalse();
        assertThat(draft.readers()).containsExactly(fixtures.teacher, fixtures.facilitator);
        assertThat(draft.updatedAt()).isPositive();
    }

    @Test
    void aReturnedReportShowsItsLatestVersionAndAPublishedOneItsApprovedVersionToEveryone() {
        Long id = fixtures.draft("First try").reportId();
        reports.returnForRevision(id, fixtures.facilitator, "more evidence");
        fixtures.draft2(id);
        assertThat(source.document(id).orElseThrow().title()).isEqualTo("Revised");

        reports.approve(id, fixtures.facilitator, "good");
        assertThat(source.document(id).orElseThrow().published()).as("approved, not yet published").isFalse();
        reports.publish(id);
        SearchDocument published = source.document(id).orElseThrow();
        assertThat(published.published()).isTrue();
        assertThat(published.readers()).isEmpty();
        assertThat(published.body()).isEqualTo("Revised body.");
        assertThat(published.keywords()).isEmpty();
    }

    @Test
    void anArchiveReportCarriesItsNamesAndAnUnknownReportHasNoDocument() {
        var record = new ArchiveRecord("Зертхана " + fixtures.suffix, "Сауле Нурланова", "Школа №3", "Туркестанская",
                "Химия", "2018-2019", "ru", "Кратко", "Полный текст", List.of("химия"));
        Long id = reports.importArchive(List.of(record), "admin").get(0);
        SearchDocument archived = source.document(id).orElseThrow();
        assertThat(archived.author()).isEqualTo("Сауле Нурланова");
        assertThat(archived.school()).isEqualTo("Школа №3");
        assertThat(archived.region()).isEqualTo("Туркестанская");
        assertThat(archived.published()).isTrue();
        assertThat(source.document(999_999_999L)).isEmpty();
    }

    @Test
    void forEachWalksEverySearchableReportInIdOrderPageByPage() {
        var records = new ArrayList<ArchiveRecord>();
        for (int i = 0; i < ReportSearchSource.PAGE * 2 + 7; i++) {
            records.add(new ArchiveRecord("Walk " + i, "Author", "School", "Region", "Maths", "2020-2021", "en",
                    "summary", "body", List.of()));
        }
        reports.importArchive(records, "admin");
        Long draft = fixtures.draft("Draft in the walk").reportId();

        var seen = new ArrayList<SearchDocument>();
        source.forEach(seen::add);
        assertThat(seen).extracting(SearchDocument::reportId).isSorted().doesNotHaveDuplicates();
        assertThat((long) seen.size()).isEqualTo(source.count());
        assertThat(seen).filteredOn(d -> d.reportId() == draft).singleElement()
                .satisfies(d -> assertThat(d.published()).isFalse());
        assertThat(seen).filteredOn(d -> d.title().startsWith("Walk ")).hasSizeGreaterThanOrEqualTo(records.size());
    }
}
