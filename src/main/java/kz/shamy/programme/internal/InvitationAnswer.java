package kz.shamy.programme.internal;

/** An invitee's answer to a workshop invitation. */
public enum InvitationAnswer {
    PENDING,
    CONFIRMED,
    DECLINED,
    /** The registration deadline passed without an answer. */
    NO_ANSWER
}
