package kz.shamy.certification.internal;

import static kz.shamy.certification.internal.CertificationVariables.MODERATION_DECISION;
import static kz.shamy.certification.internal.CertificationVariables.RUBRIC_COMMENT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Complete listener of ModeratePortfolio (after {@link FourEyes}): the moderator's own scores go to
 * rubric_score as MODERATOR rows; their decision (pass, revise or fail) stays in the process.
 */
@Component("portfolioModerated")
class PortfolioModerated implements TaskListener {

    private final Certifications certifications;

    PortfolioModerated(Certifications certifications) {
        this.certifications = certifications;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForms.choice(task, MODERATION_DECISION, "pass", "revise", "fail");
        Rubric rubric = TaskForms.rubric(task, RUBRIC_COMMENT);
        certifications.scored(certifications.boundTo(task.getProcessInstanceId()).getId(), TaskForms.actor(task), AssessorRole.MODERATOR,
                rubric);
        TaskForms.removeRubric(task, RUBRIC_COMMENT);
    }
}
