package kz.shamy.reports.internal;

import kz.shamy.reports.ReportStatus;
import kz.shamy.shared.InvalidRequest;

/** A sign-off decision was asked for, but the report has no submitted version waiting for one. */
public class ReportNotAwaitingSignOff extends InvalidRequest {

    public ReportNotAwaitingSignOff(Long reportId, ReportStatus status) {
        super(null, "report " + reportId + " is " + status + ", not awaiting sign-off");
    }
}
