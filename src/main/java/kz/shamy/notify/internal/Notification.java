package kz.shamy.notify.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One message to one person, kept as a message-bundle key and its arguments so it shows in their language. */
@Entity
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String recipient;
    private String messageKey;
    /** Arguments joined with the unit separator (U+001F), which never occurs in ordinary text. */
    private String arguments;
    private Instant createdAt;
    private Instant readAt;

    protected Notification() {
    }

    public Notification(String recipient, String messageKey, String arguments, Instant createdAt) {
        this.recipient = recipient;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String[] argumentList() {
        return arguments == null || arguments.isEmpty() ? new String[0] : arguments.split("\u001f", -1);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
