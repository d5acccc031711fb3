package kz.shamy.certification.internal;


import kz.shamy.notify.Notifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task NotifyNotEndorsed: tells the teacher the facilitator declined, and why. */
@Component("notifyNotEndorsed")
public class NotifyNotEndorsed implements JavaDelegate {

    private final Certifications certifications;
    private final Notifier notifier;

    NotifyNotEndorsed(Certifications certifications, Notifier notifier) {
        this.certifications = certifications;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CertificationCase certificationCase = certifications.caseOf(certifications.boundTo(execution.getProcessInstanceId()).getId());
        notifier.notify(certificationCase.getTeacher(), "notify.certification.notEndorsed",
                certificationCase.getEndorsementNote());
    }
}
