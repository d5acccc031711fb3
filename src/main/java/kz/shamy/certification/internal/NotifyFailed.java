package kz.shamy.certification.internal;


import kz.shamy.certification.CertificationDecided;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Service task NotifyFailed: closes the case as failed; the teacher is told (notify listens for
 * {@link CertificationDecided}). */
@Component("notifyFailed")
public class NotifyFailed implements JavaDelegate {

    private final Certifications certifications;
    private final ApplicationEventPublisher events;

    NotifyFailed(Certifications certifications, ApplicationEventPublisher events) {
        this.certifications = certifications;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = certifications.boundTo(execution.getProcessInstanceId()).getId();
        certifications.failed(caseId);
        CertificationCase certificationCase = certifications.caseOf(caseId);
        events.publishEvent(new CertificationDecided.Failed(caseId, certificationCase.getTeacher(),
                certificationCase.getRevisionRound()));
    }
}
