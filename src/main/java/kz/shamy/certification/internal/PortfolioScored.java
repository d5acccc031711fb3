package kz.shamy.certification.internal;

import static kz.shamy.certification.internal.CertificationVariables.FIRST_ASSESSOR;
import static kz.shamy.certification.internal.CertificationVariables.LOWEST_SCORE;
import static kz.shamy.certification.internal.CertificationVariables.RUBRIC_COMMENT;
import static kz.shamy.certification.internal.CertificationVariables.TOTAL_SCORE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of ScorePortfolio: every criterion 0..4 or the task stays open; the scores go to
 * rubric_score, the process keeps the assessor, the total and the lowest score for certification-outcome.
 */
@Component("portfolioScored")
class PortfolioScored implements TaskListener {

    private final Certifications certifications;

    PortfolioScored(Certifications certifications) {
        this.certifications = certifications;
    }

    @Override
    public void notify(DelegateTask task) {
        Rubric rubric = TaskForms.rubric(task, RUBRIC_COMMENT);
        String assessor = TaskForms.actor(task);
        certifications.scored(certifications.boundTo(task.getProcessInstanceId()).getId(), assessor, AssessorRole.FIRST, rubric);
        TaskForms.removeRubric(task, RUBRIC_COMMENT);
        task.getExecution().setVariable(FIRST_ASSESSOR, assessor);
        task.getExecution().setVariable(TOTAL_SCORE, rubric.total());
        task.getExecution().setVariable(LOWEST_SCORE, rubric.lowest());
    }
}
