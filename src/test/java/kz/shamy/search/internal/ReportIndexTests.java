package kz.shamy.search.internal;

import kz.shamy.search.FailedChange;
import kz.shamy.search.IndexChange;
import static kz.shamy.search.internal.FakeSearchSource.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The index follows the outbox in order, idempotently, and survives crashes, rebuilds and swaps. */
class ReportIndexTests {

    private SearchFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void indexerAppliesOutboxAndCommitsItsSequence() throws Exception {
        fixture = new SearchFixture();
        fixture.source.put(published(1, "en", "Teachers learn together", "Lesson study in a rural school"))
                .put(published(2, "ru", "Лабораторные работы", "Учителя проводят лабораторные работы"));

        assertThat(fixture.indexer.catchUp()).isEqualTo(2);

        assertThat(fixture.index.count()).isEqualTo(2);
        assertThat(fixture.index.current().sequence()).isEqualTo(2);
        assertThat(ids(fixture.find("lesson", "teacher1"))).containsExactly(1L);
        assertThat(fixture.indexer.catchUp()).isZero();
    }

    @Test
    void aLongCatchUpEndsMergedIntoFewSegmentsWithItsSequenceCommitted() throws Exception {
        int[] segments = new int[2];
        for (int compactAfter : new int[] {1_000, 30}) {
            FakeSearchSource source = new FakeSearchSource();
            InMemoryIndexStore store = new InMemoryIndexStore();
            for (long id = 1; id <= 40; id++) {
                source.put(published(id, "en", "Report " + id, "Lesson study notes " + id));
            }
            fixture = new SearchFixture(source, store, 2, compactAfter, 1);
            assertThat(fixture.indexer.catchUp()).isEqualTo(40);
            segments[compactAfter == 30 ? 1 : 0] = fixture.index.withSearcher(s -> s.getIndexReader().leaves().size());
            assertThat(fixture.find("lesson", "teacher1").total()).isEqualTo(40);

            SearchFixture first = fixture;
            first.close();
            fixture = first.restart();
            assertThat(fixture.index.current().sequence()).isEqualTo(40);
            assertThat(fixture.index.count()).isEqualTo(40);
            assertThat(fixture.indexer.catchUp()).isZero();
            fixture.close();
            fixture = null;
        }
        // Lucene's own merging leaves 20 tiny flushed segments in 2 or more; the catch-up merges them into one
        assertThat(segments[0]).as("20 batches, Lucene's merging only").isGreaterThan(1);
        assertThat(segments[1]).as("20 batches, then merged into one").isEqualTo(1);
    }

    @Test
    void anIndexWrittenWithAnOlderDocumentSchemaIsRebuiltAtStartUp() throws Exception {
        FakeSearchSource source = new FakeSearchSource();
        InMemoryIndexStore store = new InMemoryIndexStore();
        SearchFixture first = new SearchFixture(source, store);
        source.put(published(1, "kk", "Зерттеу сабағы", "Біз зерттеу сабағын өткіздік"))
                .put(published(2, "en", "Lesson study", "We ran a lesson study"));
        first.indexer.catchUp();
        String oldGeneration = first.index.current().name();
        first.close();
        // as an index written before the schema was recorded: its commit names only the outbox sequence
        try (IndexWriter writer = new IndexWriter(store.open(oldGeneration),
                new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.deleteDocuments(new Term(ReportFields.TEXT_PAIRS, "зерттеу сабаг"));
            writer.setLiveCommitData(Map.of(IndexGeneration.SEQUENCE, "2").entrySet(), true);
            writer.commit();
        }

        fixture = first.restart();
        assertThat(fixture.index.current().schema()).isEqualTo(1);
        assertThat(fixture.startupCheck.problem()).contains("schema 1");
        fixture.startupCheck.run(null);

        assertThat(fixture.index.current().name()).isNotEqualTo(oldGeneration);
        assertThat(fixture.index.current().schema()).isEqualTo(ReportDocuments.SCHEMA);
        assertThat(fixture.startupCheck.problem()).isNull();
        assertThat(ids(fixture.find("\"зерттеу сабағы\"", "teacher1"))).containsExactly(1L);
    }

    @Test
    void applyingTheSameEntriesTwiceChangesNothing() throws Exception {
        fixture = new SearchFixture();
        fixture.source.put(published(1, "en", "Teachers learn together", "Lesson study"));
        fixture.indexer.catchUp();

        fixture.indexer.applyPending(fixture.index.current());
        IndexGeneration generation = fixture.index.current();
        fixture.indexer.applyPending(generation);
        fixture.source.put(published(1, "en", "Teachers learn together", "Lesson study, revised"));
        fixture.indexer.catchUp();
        fixture.indexer.catchUp();

        assertThat(fixture.index.count()).isEqualTo(1);
        assertThat(ids(fixture.find("revised", "teacher1"))).containsExactly(1L);
    }

    @Test
    void deleteRemovesAReportAndAnUpsertOfAVanishedReportRemovesIt() throws Exception {
        fixture = new SearchFixture();
        fixture.source.put(published(1, "en", "First", "alpha")).put(published(2, "en", "Second", "alpha"));
        fixture.indexer.catchUp();

        fixture.source.remove(1);
        fixture.indexer.catchUp();

        assertThat(ids(fixture.find("alpha", "teacher1"))).containsExactly(2L);
        assertThat(fixture.index.count()).isEqualTo(1);
    }

    @Test
    void processKilledBeforeCommitResumesFromTheLastCommittedSequenceAndLosesNothing() throws Exception {
        FakeSearchSource source = new FakeSearchSource();
        InMemoryIndexStore store = new InMemoryIndexStore();
        SearchFixture first = new SearchFixture(source, store, 2);
        source.put(published(1, "en", "One", "alpha")).put(published(2, "en", "Two", "alpha"));
        first.indexer.catchUp();
        source.put(published(3, "en", "Three", "alpha")).put(published(4, "en", "Four", "alpha"))
                .put(published(5, "en", "Five", "alpha"));
        source.failOn(5);

        // 3 and 4 are committed as a batch; 5 fails and the batch of 5 is never committed
        assertThatThrownBy(first.indexer::catchUp).hasMessageContaining("database unavailable");
        source.put(published(6, "en", "Six", "alpha"));
        assertThat(first.index.current().sequence()).isEqualTo(4);
        // kill -9: the process ends without committing anything more (the writer never commits on close)
        first.index.close();
        source.failOn(-1);

        fixture = first.restart();
        assertThat(fixture.index.openedWithoutIndex()).isFalse();
        assertThat(fixture.index.current().sequence()).isEqualTo(4);
        assertThat(fixture.startupCheck.problem()).isNull();

        assertThat(fixture.index.current().sequence()).isEqualTo(6);
        assertThat(ids(fixture.find("alpha", "teacher1"))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void anEntryThatKeepsFailingIsSetAsideAfterItsLastAttemptSoTheEntriesAfterItAreIndexed() throws Exception {
        fixture = new SearchFixture(new FakeSearchSource(), new InMemoryIndexStore(), 2);
        fixture.source.put(published(1, "en", "One", "alpha")).put(published(2, "en", "Two", "alpha"))
                .put(published(3, "en", "Three", "alpha"));
        fixture.source.failOn(2);

        for (int attempt = 1; attempt < ReportIndexer.DEFAULT_MAX_ATTEMPTS; attempt++) {
            assertThatThrownBy(fixture.indexer::catchUp).hasMessageContaining("database unavailable");
            // what came before the failing entry is committed; nothing after it is applied yet
            assertThat(fixture.index.current().sequence()).isEqualTo(1);
            assertThat(ids(fixture.find("alpha", "teacher1"))).containsExactly(1L);
            assertThat(fixture.source.failedChanges()).isEmpty();
        }
        // the last attempt fails too: the entry is set aside and the indexer moves on
        assertThat(fixture.indexer.catchUp()).isEqualTo(2);
        assertThat(fixture.index.current().sequence()).isEqualTo(3);
        assertThat(ids(fixture.find("alpha", "teacher1"))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(fixture.source.failedChanges()).singleElement().satisfies(failed -> {
            assertThat(failed.sequence()).isEqualTo(2);
            assertThat(failed.reportId()).isEqualTo(2);
            assertThat(failed.attempts()).isEqualTo(ReportIndexer.DEFAULT_MAX_ATTEMPTS);
            assertThat(failed.lastError()).contains("IllegalStateException", "database unavailable");
        });
        fixture.source.put(published(4, "en", "Four", "alpha"));
        fixture.indexer.catchUp();
        assertThat(ids(fixture.find("alpha", "teacher1"))).containsExactlyInAnyOrder(1L, 3L, 4L);

        // the cause is fixed; a retry writes the change again and it is indexed in its turn
        fixture.source.failOn(-1);
        IndexChange again = fixture.source.retry(2).orElseThrow();
        assertThat(again.reportId()).isEqualTo(2);
        assertThat(again.sequence()).isEqualTo(5);
        assertThat(fixture.source.failedChanges()).isEmpty();
        assertThat(fixture.source.retry(2)).isEmpty();
        fixture.indexer.catchUp();
        assertThat(ids(fixture.find("alpha", "teacher1"))).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void aDocumentLuceneRefusesIsSetAsideToo() throws Exception {
        FakeSearchSource source = new FakeSearchSource();
        fixture = new SearchFixture(source, new InMemoryIndexStore());
        // a facet value beyond Lucene's limit (8,191 characters): the document is refused; the writer stays usable
        source.put(FakeSearchSource.with(published(1, "en", "Immense", "alpha"), "x".repeat(40_000), "School 1",
                "Biology", "2025-2026")).put(published(2, "en", "Two", "alpha"));
        for (int attempt = 1; attempt < ReportIndexer.DEFAULT_MAX_ATTEMPTS; attempt++) {
            assertThatThrownBy(fixture.indexer::catchUp).hasMessageContaining("exceeds maximum allowed path length");
        }
        fixture.indexer.catchUp();
        assertThat(ids(fixture.find("alpha", "teacher1"))).containsExactly(2L);
        assertThat(source.failedChanges()).extracting(FailedChange::reportId).containsExactly(1L);
    }

    @Test
    void aRebuildLeavesOutADocumentLuceneRefusesListsItAndTheNextStartDoesNotRebuildAgain() throws Exception {
        FakeSearchSource source = new FakeSearchSource();
        InMemoryIndexStore store = new InMemoryIndexStore();
        fixture = new SearchFixture(source, store);
        source.put(published(1, "en", "One", "alpha")).put(published(2, "en", "Two", "alpha"));
        fixture.indexer.catchUp();
        // fixed by hand in the database to a value Lucene refuses, so only a rebuild meets it
        source.correct(FakeSearchSource.with(published(2, "en", "Two", "alpha"), "x".repeat(9_000), "School 2",
                "Biology", "2025-2026"));
        source.put(published(3, "en", "Three", "alpha"));

        ReindexJob job = fixture.reindexer.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> !job.running());

        assertThat(job.status()).isEqualTo(ReindexJob.Status.DONE);
        assertThat(job.progress().refused()).isEqualTo(1);
        assertThat(job.progress().processed()).isEqualTo(3);
        assertThat(ids(fixture.find("alpha", "teacher1"))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(source.failedChanges()).extracting(FailedChange::reportId).containsExactly(2L);
        assertThat(fixture.startupCheck.problem()).as("a refused report is no reason to rebuild at every start")
                .isNull();

        fixture.close();
        store.directories.clear();
        fixture = new SearchFixture(source, store);
        fixture.startupCheck.run(null);
        assertThat(fixture.index.count()).as("an empty index filled at start-up leaves it out too").isEqualTo(2);
        assertThat(source.failedChanges()).extracting(FailedChange::reportId).containsExactly(2L, 2L);

        source.correct(published(2, "en", "Two", "alpha"));
        source.retry(source.failedChanges().get(0).sequence());
        fixture.indexer.catchUp();
        assertThat(ids(fixture.find("alpha", "teacher1"))).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void aRebuildAskedOnOneNodeRebuildsEveryNodesIndexOnceThroughTheOutbox() throws Exception {
        FakeSearchSource source = new FakeSearchSource();
        SearchFixture nodeA = new SearchFixture(source, new InMemoryIndexStore());
        SearchFixture nodeB = new SearchFixture(source, new InMemoryIndexStore());
        try {
            source.put(published(1, "en", "One", "alpha")).put(published(2, "en", "Two", "alpha"));
            nodeA.indexer.catchUp();
            nodeB.indexer.catchUp();
            String aBefore = nodeA.index.current().name();
            String bBefore = nodeB.index.current().name();

            ReindexJob onA = nodeA.reindexer.request();
            await().atMost(Duration.ofSeconds(30)).until(() -> !onA.running());
            assertThat(onA.status()).isEqualTo(ReindexJob.Status.DONE);
            String aRebuilt = nodeA.index.current().name();
            assertThat(aRebuilt).isNotEqualTo(aBefore);

            // B reads the request in the outbox and rebuilds its own index
            nodeB.indexer.catchUp();
            await().atMost(Duration.ofSeconds(30)).until(() -> !nodeB.index.current().name().equals(bBefore));
            assertThat(ids(nodeB.find("alpha", "teacher1"))).containsExactlyInAnyOrder(1L, 2L);

            // A's own request is behind its rebuild: reading it again starts nothing
            source.put(published(3, "en", "Three", "alpha"));
            nodeA.indexer.catchUp();
            assertThat(nodeA.index.current().name()).isEqualTo(aRebuilt);
            assertThat(ids(nodeA.find("alpha", "teacher1"))).containsExactlyInAnyOrder(1L, 2L, 3L);

            // a node that starts later fills its empty index and does not rebuild for an old request
            SearchFixture nodeC = new SearchFixture(source, new InMemoryIndexStore());
            try {
                nodeC.startupCheck.run(null);
                String cFilled = nodeC.index.current().name();
                nodeC.indexer.catchUp();
                assertThat(nodeC.index.current().name()).isEqualTo(cFilled);
                assertThat(nodeC.index.count()).isEqualTo(3);
            } finally {
                nodeC.close();
            }
        } finally {
            nodeA.close();
            nodeB.close();
        }
    }

    @Test
    void startupRebuildsAMissingIndex() throws Exception {
        FakeSearchSource source = new FakeSearchSource();
        InMemoryIndexStore store = new InMemoryIndexStore();
        SearchFixture first = new SearchFixture(source, store);
        source.put(published(1, "en", "One", "alpha")).put(published(2, "en", "Two", "alpha"));
        first.indexer.catchUp();
        first.close();
        store.directories.clear();

        fixture = first.restart();
        assertThat(fixture.index.openedWithoutIndex()).isTrue();
        fixture.startupCheck.run(null);

        assertThat(fixture.index.count()).isEqualTo(2);
        assertThat(fixture.index.current().sequence()).isEqualTo(2);
        assertThat(fixture.index.current().name()).isEqualTo(ReportIndex.FIRST_GENERATION);
    }

    @Test
    void startupRebuildsAnIndexStaleBeyondThePrunedOutbox() throws Exception {
        FakeSearchSource source = new FakeSearchSource();
        InMemoryIndexStore store = new InMemoryIndexStore();
        SearchFixture first = new SearchFixture(source, store);
        source.put(published(1, "en", "One", "alpha"));
        first.indexer.catchUp();
        first.close();
        source.put(published(2, "en", "Two", "alpha")).put(published(3, "en", "Three", "alpha"));
        source.pruneOutbox();

        fixture = first.restart();
        assertThat(fixture.startupCheck.problem()).contains("holds 1 reports, the database 3");
        fixture.startupCheck.run(null);

        assertThat(ids(fixture.find("alpha", "teacher1"))).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void startupRebuildsAnIndexAheadOfTheDatabase() throws Exception {
        FakeSearchSource source = new FakeSearchSource();
        InMemoryIndexStore store = new InMemoryIndexStore();
        SearchFixture first = new SearchFixture(source, store);
        source.put(published(1, "en", "One", "alpha")).put(published(2, "en", "Two", "alpha"));
        first.indexer.catchUp();
        first.close();

        FakeSearchSource restored = new FakeSearchSource().put(published(1, "en", "One", "alpha"));
        fixture = new SearchFixture(restored, store);
        assertThat(fixture.startupCheck.problem()).contains("ahead");
        fixture.startupCheck.run(null);

        assertThat(ids(fixture.find("alpha", "teacher1"))).containsExactly(1L);
    }

    @Test
    void startupRebuildsAnUnreadableIndex() throws Exception {
        FakeSearchSource source = new FakeSearchSource();
        InMemoryIndexStore store = new InMemoryIndexStore();
        SearchFixture first = new SearchFixture(source, store);
        source.put(published(1, "en", "One", "alpha"));
        first.indexer.catchUp();
        first.close();
        var directory = store.directories.get(store.current().orElseThrow());
        for (String file : directory.listAll()) {
            if (file.startsWith("segments_")) {
                directory.deleteFile(file);
                try (var out = directory.createOutput(file, org.apache.lucene.store.IOContext.DEFAULT)) {
                    out.writeString("not an index");
                }
            }
        }

        fixture = first.restart();
        assertThat(fixture.index.openedWithoutIndex()).isTrue();
        fixture.startupCheck.run(null);

        assertThat(fixture.index.count()).isEqualTo(1);
        // filled beside the unreadable generation, which is gone
        assertThat(fixture.store.current()).get().isNotEqualTo(ReportIndex.FIRST_GENERATION);
        assertThat(fixture.store.directories).containsOnlyKeys(fixture.store.current().orElseThrow());
    }

    @Test
    void rebuildSwapsAFreshGenerationInWhileSearchesGoOnAndKeepsChangesMadeMeanwhile() throws Exception {
        fixture = new SearchFixture();
        fixture.source.put(published(1, "en", "One", "alpha")).put(published(2, "en", "Two", "alpha"));
        fixture.indexer.catchUp();
        String before = fixture.index.current().name();
        CountDownLatch paused = fixture.source.pauseForEach();

        ReindexJob job = fixture.reindexer.start();
        assertThat(paused.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(fixture.reindexer.start()).isSameAs(job);
        // meanwhile: a change arrives, the old generation takes it, searches use the old generation
        fixture.source.put(published(3, "en", "Three", "alpha"));
        fixture.source.remove(2);
        fixture.indexer.catchUp();
        assertThat(ids(fixture.find("alpha", "teacher1"))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(job.progress().status()).isEqualTo("RUNNING");
        assertThat(job.progress().processed()).isEqualTo(1);
        assertThat(job.progress().total()).isEqualTo(2);

        AtomicBoolean searching = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread searcher = new Thread(() -> {
            while (searching.get()) {
                try {
                    assertThat(fixture.find("alpha", "teacher1").total()).isBetween(2L, 3L);
                } catch (Throwable t) {
                    failure.set(t);
                }
            }
        });
        searcher.start();
        fixture.source.resumeForEach();
        await().atMost(Duration.ofSeconds(20)).until(() -> !job.running());
        searching.set(false);
        searcher.join();

        assertThat(failure.get()).isNull();
        assertThat(job.progress().status()).isEqualTo("DONE");
        assertThat(fixture.index.current().name()).isNotEqualTo(before);
        assertThat(fixture.store.current()).contains(fixture.index.current().name());
        assertThat(fixture.store.directories).doesNotContainKey(before);
        assertThat(ids(fixture.find("alpha", "teacher1"))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(fixture.reindexer.job(job.id())).containsSame(job);
    }

    @Test
    void failedRebuildLeavesTheCurrentIndexInUse() throws Exception {
        fixture = new SearchFixture();
        fixture.source.put(published(1, "en", "One", "alpha"));
        fixture.indexer.catchUp();
        String before = fixture.index.current().name();
        fixture.source.failOn(1);
        fixture.source.put(published(1, "en", "One", "alpha"));

        ReindexJob job = fixture.reindexer.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> !job.running());

        assertThat(job.progress().status()).isEqualTo("FAILED");
        assertThat(fixture.index.current().name()).isEqualTo(before);
        assertThat(fixture.store.directories.keySet()).containsExactly(before);
        assertThat(ids(fixture.find("alpha", "teacher1"))).containsExactly(1L);
    }

    /** The full matches' ids, in order (not the partial ones that may follow them). */
    static List<Long> ids(SearchResponse response) {
        return response.hits().stream().filter(h -> !h.partial()).map(SearchResponse.Hit::id).toList();
    }

    /** The ids of the hits that match only part of the query, in order. */
    static List<Long> partialIds(SearchResponse response) {
        return response.hits().stream().filter(SearchResponse.Hit::partial).map(SearchResponse.Hit::id).toList();
    }
}
