package kz.shamy.certification.internal;


import kz.shamy.certification.CertificationDecided;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Service task NotifyNotEndorsed: publishes that the facilitator declined, and why; notify tells the
 * teacher. */
@Component("notifyNotEndorsed")
public class NotifyNotEndorsed implements JavaDelegate {

    private final Certifications certifications;
    private final ApplicationEventPublisher events;

    NotifyNotEndorsed(Certifications certifications, ApplicationEventPublisher events) {
        this.certifications = certifications;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CertificationCase certificationCase = certifications.caseOf(certifications.boundTo(execution.getProcessInstanceId()).getId());
        events.publishEvent(new CertificationDecided.NotEndorsed(certificationCase.getId(),
                certificationCase.getTeacher(), certificationCase.getEndorsementNote()));
    }
}
