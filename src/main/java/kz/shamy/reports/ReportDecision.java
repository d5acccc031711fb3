package kz.shamy.reports;

/** The facilitator's decision on one report version. */
public enum ReportDecision {
    APPROVED,
    RETURNED
}
