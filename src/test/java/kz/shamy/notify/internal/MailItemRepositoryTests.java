package kz.shamy.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.data.domain.Limit;

/**
 * The mail outbox's claims, as the queries say them against the real schema (Flyway's migrations on H2): a node
 * takes a waiting mail by writing its claim, so two nodes never send the same mail, and a mail that failed waits
 * for its next try until it has used up its attempts. Only JPA and the database: no engine, no web layer.
 */
@DataJpaTest
class MailItemRepositoryTests {

    private static final int MAX_ATTEMPTS = 3;
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    @Autowired MailItemRepository mails;
    @Autowired TestEntityManager entities;

    @Test
    void aWaitingMailIsTakenByOneNodeOnly() {
        Long id = single("aliya").getId();

        assertThat(mails.claimSingle(id, "node-a")).isOne();
        assertThat(mails.claimSingle(id, "node-b")).isZero();
        assertThat(mails.findByClaimOrderById("node-a")).extracting(MailItem::getId).containsExactly(id);
        assertThat(mails.findByClaimOrderById("node-b")).isEmpty();
    }

    @Test
    void waitingSinglesAreUnclaimedNonDigestMailsWithAttemptsLeftInOrder() {
        Long first = single("aliya").getId();
        Long second = single("nurlan").getId();
        digest("aliya");
        Long taken = single("madina").getId();
        mails.claimSingle(taken, "node-a");
        Long usedUp = single("erlan").getId();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            mails.claimSingle(usedUp, "failing");
            mails.release("failing");
        }
        entities.clear();

        assertThat(mails.waitingSingles(MAX_ATTEMPTS, Limit.of(10))).containsExactly(first, second);
        assertThat(mails.waitingSingles(MAX_ATTEMPTS, Limit.of(1))).containsExactly(first);
    }

    @Test
    void aDigestIsTakenWholeForOnePersonOnly() {
        MailItem one = digest("aliya");
        MailItem two = digest("aliya");
        digest("nurlan");
        single("aliya");

        assertThat(mails.recipientsWithWaitingDigest(MAX_ATTEMPTS)).containsExactlyInAnyOrder("aliya", "nurlan");
        assertThat(mails.claimDigest("aliya", "node-a", MAX_ATTEMPTS)).isEqualTo(2);
        entities.clear();

        assertThat(mails.findByClaimOrderById("node-a")).extracting(MailItem::getId)
                .containsExactly(one.getId(), two.getId());
        assertThat(mails.recipientsWithWaitingDigest(MAX_ATTEMPTS)).containsExactly("nurlan");
        assertThat(mails.claimDigest("aliya", "node-b", MAX_ATTEMPTS)).isZero();
    }

    @Test
    void aSentClaimIsStampedAndAReleasedOneWaitsAgainUntilItsAttemptsAreUsedUp() {
        Long sent = single("aliya").getId();
        Long failed = single("nurlan").getId();
        mails.claimSingle(sent, "node-a");
        mails.claimSingle(failed, "node-b");

        assertThat(mails.sent("node-a", NOW)).isOne();
        assertThat(mails.release("node-b")).isOne();
        entities.clear();

        assertThat(entities.find(MailItem.class, sent).getSentAt()).isEqualTo(NOW);
        assertThat(entities.find(MailItem.class, failed).getSentAt()).isNull();
        assertThat(mails.waitingSingles(MAX_ATTEMPTS, Limit.of(10))).containsExactly(failed);
        assertThat(mails.waitingSingles(1, Limit.of(10))).as("one attempt allowed, one used").isEmpty();
    }

    private MailItem single(String recipient) {
        return entities.persistFlushFind(mail(recipient, false));
    }

    private MailItem digest(String recipient) {
        return entities.persistFlushFind(mail(recipient, true));
    }

    private static MailItem mail(String recipient, boolean digest) {
        return new MailItem(recipient, recipient + "@mektep.example.kz", MailKind.ASSIGNMENT,
                Locale.forLanguageTag("kk"), "Жаңа тапсырма", "https://shamy.example.kz/tasks", digest, NOW);
    }
}
