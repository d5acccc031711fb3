package kz.shamy.notify.internal;

/** The kinds of mail Shamy sends; a person switches each off on their own. */
public enum MailKind {
    /** A task came to the person. */
    ASSIGNMENT,
    /** A plan or a report came back with comments. */
    RETURN,
    /** A task's due date is near, or has passed. */
    DEADLINE,
    /** A review waited too long (facilitators and administrators). */
    ESCALATION,
    /** A certification's outcome. */
    CERTIFICATION
}
