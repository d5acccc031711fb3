package kz.shamy.notify.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: each single mail soon after it was written, and once a day every person's digest. A node
 * claims what it sends (an update that only one node's can win), so two nodes never send one mail twice; a
 * mail the SMTP server refused is released and tried again, up to {@code shamy.mail.max-attempts}.
 */
@Component
public class MailDispatch {

    private static final Logger log = LoggerFactory.getLogger(MailDispatch.class);
    private static final int BATCH = 50;

    private final MailItemRepository items;
    private final MailComposer composer;
    private final ObjectProvider<JavaMailSender> smtp;
    private final MailProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MailDispatch(MailItemRepository items, MailComposer composer, ObjectProvider<JavaMailSender> smtp,
            MailProperties properties, TransactionTemplate transaction, Clock clock) {
        this.items = items;
        this.composer = composer;
        this.smtp = smtp;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** @return how many mails went */
    @Scheduled(fixedDelayString = "${shamy.mail.send-every:PT10S}", initialDelayString = "${shamy.mail.send-every:PT10S}")
    public int sendWaiting() {
        if (smtp.getIfAvailable() == null) {
            return 0;
        }
        int sent = 0;
        for (Long id : items.waitingSingles(properties.maxAttempts(), Limit.of(BATCH))) {
            String claim = UUID.randomUUID().toString();
            if (inTransaction(() -> items.claimSingle(id, claim)) == 1 && send(claim)) {
                sent++;
            }
        }
        return sent;
    }

    /** @return how many digests went */
    @Scheduled(cron = "${shamy.mail.digest-at:0 0 18 * * *}", zone = "Asia/Almaty")
    public int sendDigests() {
        if (smtp.getIfAvailable() == null) {
            return 0;
        }
        int sent = 0;
        for (String recipient : items.recipientsWithWaitingDigest(properties.maxAttempts())) {
            String claim = UUID.randomUUID().toString();
            if (inTransaction(() -> items.claimDigest(recipient, claim, properties.maxAttempts())) > 0
                    && send(claim)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(String claim) {
        List<MailItem> claimed = items.findByClaimOrderById(claim);
        if (claimed.isEmpty()) {
            return false;
        }
        JavaMailSender sender = smtp.getObject();
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper mail = new MimeMessageHelper(message, "UTF-8");
            MailComposer.Mail composed = claimed.size() == 1 && !claimed.get(0).isDigest()
                    ? composer.single(claimed.get(0)) : composer.digest(claimed);
            mail.setFrom(properties.from());
            mail.setTo(claimed.get(0).getAddress());
            mail.setSubject(composed.subject());
            mail.setText(composed.body());
            sender.send(message);
        } catch (MailException | MessagingException failed) {
            log.warn("mail to {} not sent ({} item(s)), tried again later: {}", claimed.get(0).getRecipient(),
                    claimed.size(), failed.getMessage());
            inTransaction(() -> items.release(claim));
            return false;
        }
        inTransaction(() -> items.sent(claim, clock.instant()));
        return true;
    }

    private int inTransaction(java.util.function.IntSupplier change) {
        Integer changed = transaction.execute(status -> change.getAsInt());
        return changed == null ? 0 : changed;
    }
}
