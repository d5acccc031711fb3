package kz.shamy.certification.internal;

import static kz.shamy.certification.internal.CertificationVariables.REVISION_NOTE;
import static kz.shamy.certification.internal.CertificationVariables.REVISION_ROUND;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of RevisePortfolio: the teacher says what they changed; the revision round goes up. */
@Component("portfolioRevised")
class PortfolioRevised implements TaskListener {

    private final Certifications certifications;

    PortfolioRevised(Certifications certifications) {
        this.certifications = certifications;
    }

    @Override
    public void notify(DelegateTask task) {
        String note = TaskForms.text(task, REVISION_NOTE, true);
        int round = certifications.revised(certifications.boundTo(task.getProcessInstanceId()).getId(), note);
        task.removeVariable(REVISION_NOTE);
        task.getExecution().setVariable(REVISION_ROUND, round);
    }
}
