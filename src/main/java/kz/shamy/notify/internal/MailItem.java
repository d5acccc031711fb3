package kz.shamy.notify.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;

/**
 * One mail to send, written in the recipient's language in the same transaction as what it tells of (an
 * outbox): sent on its own soon after, or with the day's others in a digest. A node takes it by writing its
 * claim, so with two nodes each mail goes once.
 */
@Entity
@Table(name = "mail_item")
class MailItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String address;
    @Enumerated(EnumType.STRING)
    private MailKind kind;
    private String language;
    private String text;
    private String link;
    private boolean digest;
    private Instant createdAt;
    private String claim;
    private Instant sentAt;
    private int attempts;

    protected MailItem() {
    }

    MailItem(String recipient, String address, MailKind kind, Locale language, String text, String link,
            boolean digest, Instant createdAt) {
        this.recipient = recipient;
        this.address = address;
        this.kind = kind;
        this.language = language.getLanguage();
        this.text = text;
        this.link = link;
        this.digest = digest;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    String getAddress() {
        return address;
    }

    MailKind getKind() {
        return kind;
    }

    Locale locale() {
        return Locale.forLanguageTag(language);
    }

    String getText() {
        return text;
    }

    String getLink() {
        return link;
    }

    boolean isDigest() {
        return digest;
    }

    Instant getSentAt() {
        return sentAt;
    }
}
