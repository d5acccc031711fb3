package kz.shamy.notify.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import kz.shamy.shared.Languages;

/** One person's choices for mail and their calendar link. A person without a row has the defaults. */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings {

    /** Shamy's languages; Kazakh when the person has not chosen. */
    static final Set<String> LANGUAGES = Set.copyOf(Languages.CODES);

    @Id
    private String username;
    private String language;
    private boolean digest;
    private boolean assignmentMail = true;
    private boolean returnMail = true;
    private boolean deadlineMail = true;
    private boolean escalationMail = true;
    private boolean certificationMail = true;
    private String calendarToken;
    private Instant updatedAt;

    protected NotificationSettings() {
    }

    NotificationSettings(String username) {
        this.username = username;
    }

    String getUsername() {
        return username;
    }

    Locale locale() {
        return Locale.forLanguageTag(language == null ? "kk" : language);
    }

    public String getLanguage() {
        return language;
    }

    public boolean isDigest() {
        return digest;
    }

    public String getCalendarToken() {
        return calendarToken;
    }

    boolean wants(MailKind kind) {
        return switch (kind) {
            case ASSIGNMENT -> assignmentMail;
            case RETURN -> returnMail;
            case DEADLINE -> deadlineMail;
            case ESCALATION -> escalationMail;
            case CERTIFICATION -> certificationMail;
        };
    }

    public Set<MailKind> wanted() {
        Set<MailKind> wanted = EnumSet.noneOf(MailKind.class);
        for (MailKind kind : MailKind.values()) {
            if (wants(kind)) {
                wanted.add(kind);
            }
        }
        return wanted;
    }

    void choose(String language, boolean digest, Set<MailKind> wanted, Instant at) {
        chooseLanguage(language, at);
        this.digest = digest;
        this.assignmentMail = wanted.contains(MailKind.ASSIGNMENT);
        this.returnMail = wanted.contains(MailKind.RETURN);
        this.deadlineMail = wanted.contains(MailKind.DEADLINE);
        this.escalationMail = wanted.contains(MailKind.ESCALATION);
        this.certificationMail = wanted.contains(MailKind.CERTIFICATION);
    }

    void chooseLanguage(String language, Instant at) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalStateException("not one of Shamy's languages: " + language);
        }
        this.language = language;
        this.updatedAt = at;
    }

    void calendarToken(String token, Instant at) {
        this.calendarToken = token;
        this.updatedAt = at;
    }
}
