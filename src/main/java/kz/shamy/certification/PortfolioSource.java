package kz.shamy.certification;

/**
 * Where the facts of a teacher's portfolio come from (attendance, project stages, report, poster). The
 * feature that records circles and projects provides it; certification only reads.
 */
public interface PortfolioSource {

    Portfolio portfolioOf(String teacherId, Long circleId, Long projectId);
}
