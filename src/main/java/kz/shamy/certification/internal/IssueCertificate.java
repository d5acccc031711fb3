package kz.shamy.certification.internal;

import kz.shamy.certification.CertificationDecided;
import static kz.shamy.certification.internal.CertificationVariables.CERTIFICATE_NUMBER;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Service task IssueCertificate: numbers the certificate, gives it a verification code; the teacher is told
 * (notify listens for {@link CertificationDecided}). */
@Component("issueCertificate")
public class IssueCertificate implements JavaDelegate {

    private final Certifications certifications;
    private final ApplicationEventPublisher events;

    IssueCertificate(Certifications certifications, ApplicationEventPublisher events) {
        this.certifications = certifications;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Certificate certificate = certifications.issueCertificate(certifications.boundTo(execution.getProcessInstanceId()).getId());
        execution.setVariable(CERTIFICATE_NUMBER, certificate.getNumber());
        events.publishEvent(new CertificationDecided.Certified(certificate.getCaseId(), certificate.getTeacher(),
                certificate.getNumber(), certificate.getVerificationCode()));
    }
}
