package kz.shamy.certification.internal;

import kz.shamy.circle.Circles;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.reports.Reports;
import org.springframework.stereotype.Component;

/**
 * A teacher's portfolio as Shamy's records show it: session attendance and the poster the facilitator
 * recorded at the network event (circle), the project's completed stages (development work), and
 * whether the facilitator approved the report (reports).
 */
@Component
class RecordedPortfolio implements PortfolioSource {

    private final Circles circles;
    private final DevelopmentProjects projects;
    private final Reports reports;

    RecordedPortfolio(Circles circles, DevelopmentProjects projects, Reports reports) {
        this.circles = circles;
        this.projects = projects;
        this.reports = reports;
    }

    @Override
    public Portfolio portfolioOf(String teacherId, Long circleId, Long projectId) {
        return new Portfolio(circles.attendanceRatio(teacherId, circleId), projects.stagesCompleted(projectId),
                reports.isApproved(projectId), circles.presentedPoster(teacherId, circleId));
    }
}
