package kz.shamy.reports.internal;

import kz.shamy.reports.ProjectReport;
import kz.shamy.reports.ReportStatus;
import kz.shamy.identity.Role;
import org.springframework.security.core.Authentication;

/**
 * Who may do what with a report: everyone signed in reads a published report; a report not yet published
 * is read, and attached to, only by its author, their circle's facilitator and administrators.
 */
final class ReportAccess {

    private ReportAccess() {
    }

    static boolean mayRead(Authentication user, ProjectReport report) {
        return report.status() == ReportStatus.PUBLISHED || mayChange(user, report);
    }

    static boolean mayChange(Authentication user, ProjectReport report) {
        return isAdmin(user) || report.involves(user.getName());
    }

    static boolean isAdmin(Authentication user) {
        return user != null && user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.ADMIN.authority()));
    }
}
