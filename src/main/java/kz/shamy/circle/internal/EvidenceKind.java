package kz.shamy.circle.internal;

/** What a piece of evidence of development work is. */
public enum EvidenceKind {
    OBSERVATION,
    STUDENT_WORK,
    MEETING_NOTES,
    INTERVIEW,
    SURVEY,
    PHOTO,
    REFLECTION,
    OTHER
}
