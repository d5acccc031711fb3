package kz.shamy.reports;

import kz.shamy.shared.InvalidRequest;

/** A sign-off decision was asked for, but the report has no submitted version waiting for one. */
public class ReportNotAwaitingSignOff extends InvalidRequest {

    ReportNotAwaitingSignOff(Long reportId, ReportStatus status) {
        super(null, "report " + reportId + " is " + status + ", not awaiting sign-off");
    }
}
