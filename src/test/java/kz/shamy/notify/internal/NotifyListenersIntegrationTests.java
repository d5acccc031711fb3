package kz.shamy.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.shamy.certification.CertificateReissued;
import kz.shamy.certification.CertificateRevoked;
import kz.shamy.certification.CertificationDecided;
import kz.shamy.notify.Notifier;
import kz.shamy.programme.WorkshopNews;
import kz.shamy.reports.ReportPublished;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * notify's listeners react to other features' events only once the publishing transaction has committed, and
 * Spring Modulith's registry (table event_publication) keeps an event whose listener failed until it is sent again.
 * Every test uses a teacher of its own, so the listeners' asynchronous work of one test never meets another's.
 */
@SpringBootTest(properties = {
        "shamy.demo-data=false",
        "spring.datasource.url=jdbc:h2:mem:notify-listeners;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class NotifyListenersIntegrationTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired JdbcTemplate jdbc;
    @MockitoSpyBean Notifier notifier;

    @Test
    void aCertificateIsToldOfOnlyOnceTheDecisionCommits() {
        String teacher = teacher();
        publishAndCheckNothingToldBeforeCommit(teacher, "notify.certification.certified",
                new CertificationDecided.Certified(1L, teacher, "SH-2027-0001", "ABCD1234EFGH5678"));

        await().untilAsserted(() -> assertThat(notifier.of(teacher, "notify.certification.certified"))
                .singleElement().extracting(Notification::argumentList)
                .isEqualTo(new String[] {"SH-2027-0001", "ABCD1234EFGH5678"}));
    }

    @Test
    void eachMissingItemOfAnIneligiblePortfolioIsToldAfterCommit() {
        String teacher = teacher();
        publishAndCheckNothingToldBeforeCommit(teacher, "notify.certification.missing.attendance",
                new CertificationDecided.NotEligible(2L, teacher, List.of("attendance", "poster"), 50, 11));

        await().untilAsserted(() -> assertThat(notifier.of(teacher)).extracting(Notification::getMessageKey)
                .containsExactlyInAnyOrder("notify.certification.missing.attendance",
                        "notify.certification.missing.poster"));
        assertThat(notifier.of(teacher, "notify.certification.missing.attendance")).singleElement()
                .extracting(Notification::argumentList).isEqualTo(new String[] {"50", "11", "11"});
    }

    @Test
    void failedNotEndorsedRevokedAndReissuedAreToldAfterCommit() {
        String teacher = teacher();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new CertificationDecided.Failed(3L, teacher, 2));
            events.publishEvent(new CertificationDecided.NotEndorsed(3L, teacher, "No evidence of lesson study"));
            events.publishEvent(new CertificateRevoked(7L, teacher, "SH-2027-0007", "plagiarised portfolio"));
            events.publishEvent(new CertificateReissued(8L, 7L, teacher, "SH-2027-0007", "SH-2027-0008", "CODE"));
            assertThat(notifier.of(teacher)).isEmpty();
        });

        await().untilAsserted(() -> assertThat(notifier.of(teacher)).extracting(Notification::getMessageKey)
                .containsExactlyInAnyOrder("notify.certification.failed", "notify.certification.notEndorsed",
                        "notify.certificate.revoked", "notify.certificate.reissued"));
    }

    @Test
    void aPublishedReportIsToldToItsAuthorAfterCommit() {
        String teacher = teacher();
        publishAndCheckNothingToldBeforeCommit(teacher, "notify.devwork.reportPublished",
                new ReportPublished(11L, 12L, 13L, teacher, "Pupils' questions"));

        await().untilAsserted(() -> assertThat(notifier.of(teacher, "notify.devwork.reportPublished"))
                .singleElement().extracting(Notification::argumentList).isEqualTo(new String[] {"Pupils' questions"}));
    }

    @Test
    void workshopNewsIsToldToEveryUsernameAfterCommit() {
        String first = teacher();
        String second = teacher();
        LocalDate day1 = LocalDate.of(2026, 9, 14);
        publishAndCheckNothingToldBeforeCommit(first, "notify.workshop.invited", new WorkshopNews.Invited(21L,
                List.of(first, second), "Turkistan, School No. 5", day1, day1.plusDays(1), day1.minusDays(7)));

        for (String invitee : List.of(first, second)) {
            await().untilAsserted(() -> assertThat(notifier.of(invitee, "notify.workshop.invited")).hasSize(1));
        }
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverToldNorKept() {
        String teacher = teacher();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new CertificationDecided.Failed(4L, teacher, 1));
            status.setRollbackOnly();
        });

        // a committed event leaves a row (aFailedListener... counts it); this one went with its transaction
        assertThat(publicationsOf(teacher)).isZero();
        assertThat(notifier.of(teacher)).isEmpty();
    }

    @Test
    void aFailedListenerLeavesItsPublicationIncompleteUntilItIsSentAgain() {
        String teacher = teacher();
        doThrow(new IllegalStateException("notification store unavailable")).doCallRealMethod().when(notifier)
                .notify(eq(teacher), eq("notify.certification.certified"), any(Object[].class));

        transactions.executeWithoutResult(status -> events.publishEvent(
                new CertificationDecided.Certified(5L, teacher, "SH-2027-0005", "EFGH5678ABCD1234")));

        await().untilAsserted(() -> assertThat(incompletePublicationsOf(teacher)).as("failed, kept").isOne());
        assertThat(notifier.of(teacher)).isEmpty();

        // what Shamy does at start-up (republish-outstanding-events-on-restart), or an operator at any time
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof
                CertificationDecided decided && decided.teacher().equals(teacher));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(notifier.of(teacher, "notify.certification.certified")).hasSize(1);
            assertThat(incompletePublicationsOf(teacher)).as("completed").isZero();
        });
        assertThat(publicationsOf(teacher)).isOne();
    }

    private void publishAndCheckNothingToldBeforeCommit(String teacher, String messageKey, Object event) {
        transactions.executeWithoutResult(status -> {
            events.publishEvent(event);
            assertThat(notifier.of(teacher, messageKey)).as("nothing told before the commit").isEmpty();
        });
    }

    private long publicationsOf(String teacher) {
        return jdbc.queryForObject("select count(*) from shamy.event_publication where serialized_event like ?",
                Long.class, "%\"" + teacher + "\"%");
    }

    private long incompletePublicationsOf(String teacher) {
        return jdbc.queryForObject("select count(*) from shamy.event_publication where serialized_event like ?"
                + " and completion_date is null", Long.class, "%\"" + teacher + "\"%");
    }

    private static String teacher() {
        return "teacher-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
