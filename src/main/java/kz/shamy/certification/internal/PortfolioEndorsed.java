package kz.shamy.certification.internal;

import static kz.shamy.certification.internal.CertificationVariables.DECLINE;
import static kz.shamy.certification.internal.CertificationVariables.DECLINE_REASON;
import static kz.shamy.certification.internal.CertificationVariables.ENDORSE;
import static kz.shamy.certification.internal.CertificationVariables.ENDORSEMENT;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Complete listener of EndorsePortfolio: endorse, or decline with a reason, recorded on the case. */
@Component("portfolioEndorsed")
class PortfolioEndorsed implements TaskListener {

    private final Certifications certifications;

    PortfolioEndorsed(Certifications certifications) {
        this.certifications = certifications;
    }

    @Override
    public void notify(DelegateTask task) {
        Long caseId = certifications.boundTo(task.getProcessInstanceId()).getId();
        if (ENDORSE.equals(TaskForms.choice(task, ENDORSEMENT, ENDORSE, DECLINE))) {
            certifications.endorsed(caseId, TaskForms.actor(task));
        } else {
            certifications.notEndorsed(caseId, TaskForms.text(task, DECLINE_REASON, true));
        }
        task.removeVariable(DECLINE_REASON);
    }
}
