package kz.shamy.certification.internal;


import kz.shamy.notify.Notifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task NotifyFailed: closes the case as failed and tells the teacher. */
@Component("notifyFailed")
public class NotifyFailed implements JavaDelegate {

    private final Certifications certifications;
    private final Notifier notifier;

    NotifyFailed(Certifications certifications, Notifier notifier) {
        this.certifications = certifications;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = certifications.boundTo(execution.getProcessInstanceId()).getId();
        certifications.failed(caseId);
        CertificationCase certificationCase = certifications.caseOf(caseId);
        notifier.notify(certificationCase.getTeacher(), "notify.certification.failed",
                certificationCase.getRevisionRound());
    }
}
