package kz.shamy.notify;

import kz.shamy.notify.internal.DeadlineReminders;
import kz.shamy.notify.internal.MailDispatch;
import kz.shamy.notify.internal.MailKind;
import kz.shamy.notify.internal.NotificationPreferences;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import kz.shamy.notify.NotifyFixture.Circle;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mail through a real SMTP server in the test's JVM (GreenMail), read back as the recipient gets it. The
 * outbox is sent by calling the dispatcher, not by waiting for its schedule (set far apart here).
 */
// a context of its own: mail goes to this class's GreenMail server (@DynamicPropertySource) on a schedule set
// far apart, so only the test's explicit sends happen
@SpringBootTest(properties = {
        "shamy.demo-data=false",
        "spring.datasource.url=jdbc:h2:mem:mail;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "shamy.mail.base-url=https://shamy.example.kz",
        "shamy.mail.send-every=PT10H",
        "shamy.mail.deadline-check-every=PT10H",
        "shamy.mail.deadline-warning=P2D",
        "shamy.mail.deadline-repeat=P1D"})
class MailIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired NotifyFixture fixture;
    @Autowired NotificationPreferences preferences;
    @Autowired MailDispatch dispatch;
    @Autowired DeadlineReminders reminders;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;

    Circle circle;

    @BeforeEach
    void aCircle() throws Exception {
        circle = fixture.circle();
    }

    @Test
    void aTeacherWhoNeverChoseGetsTheirNewTaskInKazakhWithALinkToIt() throws Exception {
        ProcessInstance pi = fixture.startDevelopmentWork(circle);
        Task clarify = fixture.task(pi);

        dispatch.sendWaiting();

        MimeMessage mail = only(mailsTo(circle.teacherAddress()));
        assertThat(mail.getSubject()).isEqualTo("Shamy: сізге жаңа тапсырма");
        assertThat(body(mail)).contains("Сәлеметсіз бе!", "Сізге жаңа тапсырма: Құндылықтарымды айқындау.",
                "https://shamy.example.kz/tasks/" + clarify.getId(),
                "https://shamy.example.kz/settings/notifications");
    }

    @Test
    void aReturnedPlanReachesARussianSpeakingTeacherInRussianWithTheComment() throws Exception {
        preferences.pickedLanguage(circle.teacher(), "ru");
        ProcessInstance pi = toReviewPlan();

        fixture.complete(pi, Map.of("planApproved", false,
                "planReviewComments", "Добавьте сроки; и кто, что делает, пожалуйста."));
        dispatch.sendWaiting();

        MimeMessage returned = only(mailsTo(circle.teacherAddress()).stream()
                .filter(m -> subject(m).equals("Shamy: возвращено с комментариями")).toList());
        assertThat(body(returned)).contains("Здравствуйте!",
                "Ваш план развития (версия 1) возвращён с комментариями: Добавьте сроки; и кто, что делает, пожалуйста.",
                "https://shamy.example.kz/projects/");
        assertThat(mailsTo(circle.facilitatorAddress())).extracting(this::subject)
                .as("the facilitator was given the review in the default language").contains("Shamy: сізге жаңа тапсырма");
    }

    @Test
    void aDeadlineReminderGoesOncePerIntervalHoweverOftenTheCheckRuns() throws Exception {
        preferences.choose(circle.teacher(), "en", false, EnumSet.of(MailKind.DEADLINE));
        Task clarify = fixture.task(fixture.startDevelopmentWork(circle));
        Instant due = Instant.parse("2031-03-10T12:00:00Z");
        clarify.setDueDate(java.util.Date.from(due));
        tasks.saveTask(clarify);

        reminders.remindAt(due.minus(Duration.ofHours(47)));
        reminders.remindAt(due.minus(Duration.ofHours(46)));
        reminders.remindAt(due.minus(Duration.ofHours(30)));
        dispatch.sendWaiting();
        assertThat(mailsTo(circle.teacherAddress())).as("one reminder in the first day before the due date")
                .hasSize(1);

        reminders.remindAt(due.minus(Duration.ofHours(2)));
        reminders.remindAt(due.plus(Duration.ofHours(1)));
        reminders.remindAt(due.plus(Duration.ofHours(5)));
        dispatch.sendWaiting();

        List<String> bodies = mailsTo(circle.teacherAddress()).stream().map(this::body).toList();
        assertThat(bodies).hasSize(3);
        assertThat(bodies.get(0)).contains("The task \"Clarify my values\" is due soon",
                "https://shamy.example.kz/tasks/" + clarify.getId());
        assertThat(bodies.get(2)).contains("The task \"Clarify my values\" was due on", "and is still open");
    }

    @Test
    void aKindOfMailThePersonSwitchedOffIsNotSent() throws Exception {
        preferences.choose(circle.teacher(), "kk", false, EnumSet.complementOf(EnumSet.of(MailKind.ASSIGNMENT)));
        ProcessInstance pi = toReviewPlan();
        fixture.complete(pi, Map.of("planApproved", false, "planReviewComments", "Мерзімдерін қосыңыз."));

        dispatch.sendWaiting();

        assertThat(mailsTo(circle.teacherAddress())).extracting(this::subject)
                .as("five tasks came to the teacher, and a return").containsExactly("Shamy: пікірлермен қайтарылды");
        assertThat(mailsTo(circle.facilitatorAddress())).extracting(this::subject)
                .containsExactly("Shamy: сізге жаңа тапсырма");
    }

    @Test
    void aDigestCollectsTheDaysItemsIntoOneMail() throws Exception {
        preferences.choose(circle.teacher(), "ru", true, EnumSet.allOf(MailKind.class));
        ProcessInstance pi = fixture.startDevelopmentWork(circle);
        fixture.complete(pi, Map.of("valuesStatement", "Каждый ребёнок может научиться читать."));
        fixture.complete(pi, Map.of("concern", "Третьеклассники читают медленно."));

        dispatch.sendWaiting();
        assertThat(mailsTo(circle.teacherAddress())).as("nothing until the digest").isEmpty();
        dispatch.sendDigests();
        dispatch.sendDigests();

        MimeMessage digest = only(mailsTo(circle.teacherAddress()));
        assertThat(digest.getSubject()).isEqualTo("Shamy: новое за сегодня (3)");
        assertThat(body(digest)).contains("Что произошло в Shamy сегодня (3):",
                "Новая задача для вас: Сформулировать свои ценности.", "Новая задача для вас: Определить проблему.",
                "Новая задача для вас: Осмыслить культуру школы.", "https://shamy.example.kz/tasks/");
    }

    @Test
    void aPlanReviewThatWaitedTooLongIsEscalatedToTheFacilitatorByMailLinkingToTheProject() throws Exception {
        preferences.choose(circle.facilitator(), "ru", false, EnumSet.of(MailKind.ESCALATION));
        ProcessInstance pi = toReviewPlan();

        management.executeJob(management.createJobQuery().processInstanceId(pi.getId())
                .activityId("Timer_PlanReviewOverdue").singleResult().getId());
        dispatch.sendWaiting();

        MimeMessage escalated = only(mailsTo(circle.facilitatorAddress()));
        assertThat(escalated.getSubject()).isEqualTo("Shamy: рассмотрение ждёт слишком долго");
        assertThat(body(escalated)).contains("ожидает рассмотрения более 7 дней",
                "https://shamy.example.kz/projects/");
    }

    private ProcessInstance toReviewPlan() {
        ProcessInstance pi = fixture.startDevelopmentWork(circle);
        fixture.complete(pi, Map.of("valuesStatement", "Values"));
        fixture.complete(pi, Map.of("concern", "Concern"));
        fixture.complete(pi, Map.of("cultureReflection", "Culture"));
        fixture.complete(pi, Map.of("consultationNotes", "Consultation"));
        fixture.complete(pi, Map.of("planText", "My plan"));
        return pi;
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static MimeMessage only(List<MimeMessage> mails) {
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String body(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
