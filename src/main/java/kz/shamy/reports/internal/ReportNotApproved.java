package kz.shamy.reports.internal;

import kz.shamy.reports.ReportStatus;
import kz.shamy.shared.InvalidRequest;

/** Only a report the facilitator has signed off can be published. */
public class ReportNotApproved extends InvalidRequest {

    public ReportNotApproved(Long reportId, ReportStatus status) {
        super(null, "report " + reportId + " is " + status + "; only an approved report is published");
    }
}
