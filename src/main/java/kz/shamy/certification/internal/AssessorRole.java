package kz.shamy.certification.internal;

/** Whose scores a rubric row holds: the first assessor's, or the second assessor's in moderation. */
public enum AssessorRole {
    FIRST,
    MODERATOR
}
