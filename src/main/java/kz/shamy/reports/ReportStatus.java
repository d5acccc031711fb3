package kz.shamy.reports;

/** Where a project report is: with its author, awaiting sign-off, signed off, or public. */
public enum ReportStatus {
    /** With the author: not yet submitted, or returned for revision. */
    DRAFT,
    /** The latest version awaits the facilitator's sign-off. */
    SUBMITTED,
    APPROVED,
    PUBLISHED
}
