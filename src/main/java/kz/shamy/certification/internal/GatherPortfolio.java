package kz.shamy.certification.internal;

import kz.shamy.certification.PortfolioSource;
import kz.shamy.certification.Portfolio;
import static kz.shamy.certification.internal.CertificationVariables.ATTENDANCE_RATIO;
import static kz.shamy.certification.internal.CertificationVariables.POSTER_PRESENTED;
import static kz.shamy.certification.internal.CertificationVariables.REPORT_APPROVED;
import static kz.shamy.certification.internal.CertificationVariables.STAGES_COMPLETED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task GatherPortfolio: reads the portfolio's facts, keeps them on the case and hands them to the DMN. */
@Component("gatherPortfolio")
public class GatherPortfolio implements JavaDelegate {

    private final PortfolioSource portfolios;
    private final Certifications certifications;

    GatherPortfolio(PortfolioSource portfolios, Certifications certifications) {
        this.portfolios = portfolios;
        this.certifications = certifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CertificationCase certificationCase = certifications.boundTo(execution.getProcessInstanceId());
        Portfolio portfolio = portfolios.portfolioOf(certificationCase.getTeacher(), certificationCase.getCircleId(),
                certificationCase.getProjectId());
        certifications.portfolioGathered(certificationCase.getId(), portfolio);
        execution.setVariable(ATTENDANCE_RATIO, portfolio.attendanceRatio());
        execution.setVariable(STAGES_COMPLETED, portfolio.stagesCompleted());
        execution.setVariable(REPORT_APPROVED, portfolio.reportApproved());
        execution.setVariable(POSTER_PRESENTED, portfolio.posterPresented());
    }
}
