package kz.shamy.certification.internal;

/** Where a certification case stands; each step of the process moves it on. */
public enum CaseStatus {
    OPENED,
    PORTFOLIO_GATHERED,
    NOT_ELIGIBLE,
    ELIGIBLE,
    NOT_ENDORSED,
    ENDORSED,
    SCORED,
    MODERATED,
    REVISED,
    CERTIFIED,
    FAILED
}
