package kz.shamy.circle.internal;

import kz.shamy.circle.Circles;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.certification.Portfolio;
import kz.shamy.certification.PortfolioSource;
import kz.shamy.reports.Reports;
import org.springframework.stereotype.Component;

/**
 * A teacher's portfolio as circle's records show it, for certification (which asks through its
 * {@link PortfolioSource} and so never reads circle): session attendance and the poster recorded at the network
 * event, the project's completed stages, and whether the facilitator approved the report.
 */
@Component
class CirclePortfolios implements PortfolioSource {

    private final Circles circles;
    private final DevelopmentProjects projects;
    private final Reports reports;

    CirclePortfolios(Circles circles, DevelopmentProjects projects, Reports reports) {
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
