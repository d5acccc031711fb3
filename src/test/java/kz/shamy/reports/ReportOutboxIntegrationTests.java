package kz.shamy.reports;

import kz.shamy.reports.internal.ReportNotApproved;
import kz.shamy.reports.internal.ReportNotAwaitingSignOff;
import kz.shamy.reports.internal.ReportOutbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.shamy.EmptyShamyIntegrationTest;
import kz.shamy.identity.People;
import kz.shamy.programme.Schools;
import kz.shamy.search.IndexChange;
import kz.shamy.search.SearchSource;
import kz.shamy.shared.InvalidRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Every change to a searchable report writes an outbox row in its own transaction, and rows appear in order. */
@EmptyShamyIntegrationTest
class ReportOutboxIntegrationTests {

    @Autowired Reports reports;
    @Autowired ReportOutbox outbox;
    @Autowired SearchSource source;
    @Autowired Schools schools;
    @Autowired People people;
    @Autowired PlatformTransactionManager transactions;

    ReportFixtures fixtures;
    TransactionTemplate tx;

    @BeforeEach
    void fixtures() {
        fixtures = new ReportFixtures(schools, people, reports);
        tx = new TransactionTemplate(transactions);
    }

    @Test
    void submittingDecidingAndPublishingEachWriteOneUpsert() {
        long before = source.latestSequence();
        Long id = fixtures.draft("Outbox").reportId();
        reports.returnForRevision(id, fixtures.facilitator, "say more about the pupils");
        fixtures.draft2(id);
        reports.approve(id, fixtures.facilitator, "good");
        reports.publish(id);
        reports.publish(id); // already published: no change, no row

        List<IndexChange> changes = source.changesAfter(before, 100);
        assertThat(changes).extracting(IndexChange::reportId, IndexChange::kind).containsExactly(
                tuple(id, IndexChange.Kind.UPSERT), tuple(id, IndexChange.Kind.UPSERT),
                tuple(id, IndexChange.Kind.UPSERT), tuple(id, IndexChange.Kind.UPSERT),
                tuple(id, IndexChange.Kind.UPSERT));
        assertThat(changes).extracting(IndexChange::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(source.latestSequence()).isEqualTo(changes.get(changes.size() - 1).sequence());
        assertThat(source.changesAfter(before, 2)).hasSize(2);
        assertThat(source.changesAfter(changes.get(3).sequence(), 100)).extracting(IndexChange::sequence)
                .containsExactly(changes.get(4).sequence());
    }

    @Test
    void theOutboxRowIsPartOfTheChangesTransactionAndRollsBackWithIt() {
        long before = source.latestSequence();
        String title = "Rolled back " + fixtures.suffix;
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            Long id = fixtures.draft(title).reportId();
            // visible inside the change's transaction before it commits: not written by an after-commit listener
            assertThat(source.changesAfter(before, 10)).extracting(IndexChange::reportId).containsExactly(id);
            throw new IllegalStateException("the caller fails after the change");
        })).hasMessage("the caller fails after the change");

        assertThat(source.changesAfter(before, 10)).isEmpty();
        assertThat(source.latestSequence()).isLessThanOrEqualTo(before);
    }

    @Test
    void aRefusedChangeWritesNoRow() {
        Long id = fixtures.draft("Refused change").reportId();
        long before = source.latestSequence();
        assertThatThrownBy(() -> reports.publish(id)).isInstanceOf(ReportNotApproved.class);
        assertThatThrownBy(() -> reports.returnForRevision(id, fixtures.facilitator, " "))
                .isInstanceOf(InvalidRequest.class);
        reports.approve(id, fixtures.facilitator, null);
        long afterApproval = source.latestSequence();
        assertThatThrownBy(() -> reports.approve(id, fixtures.facilitator, null))
                .isInstanceOf(ReportNotAwaitingSignOff.class);
        assertThat(source.changesAfter(before, 10)).extracting(IndexChange::reportId).containsExactly(id);
        assertThat(source.latestSequence()).isEqualTo(afterApproval);
    }

    @Test
    void aSecondWriterWaitsUntilTheFirstCommitsSoNoSmallerSequenceAppearsLater() throws Exception {
        Long first = fixtures.draft("First writer").reportId();
        Long second = fixtures.draft("Second writer").reportId();
        long before = source.latestSequence();
        var firstWrote = new CountDownLatch(1);
        var firstMayCommit = new CountDownLatch(1);

        CompletableFuture<Void> a = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            outbox.changed(first);
            firstWrote.countDown();
            await(firstMayCommit);
        }));
        assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> b = CompletableFuture.runAsync(() -> tx.executeWithoutResult(
                status -> outbox.changed(second)));

        // while the first writer's transaction is open, the second cannot take a sequence, and a reader sees neither
        assertThatThrownBy(() -> b.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        assertThat(source.changesAfter(before, 10)).isEmpty();

        firstMayCommit.countDown();
        a.get(30, TimeUnit.SECONDS);
        b.get(30, TimeUnit.SECONDS);
        List<IndexChange> changes = source.changesAfter(before, 10);
        assertThat(changes).extracting(IndexChange::reportId).containsExactly(first, second);
        assertThat(changes.get(0).sequence()).isLessThan(changes.get(1).sequence());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
