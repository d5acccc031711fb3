package kz.shamy.certification.internal;

import static kz.shamy.certification.internal.CertificationVariables.CERTIFICATE_NUMBER;

import kz.shamy.notify.Notifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task IssueCertificate: numbers the certificate, gives it a verification code, tells the teacher. */
@Component("issueCertificate")
public class IssueCertificate implements JavaDelegate {

    private final Certifications certifications;
    private final Notifier notifier;

    IssueCertificate(Certifications certifications, Notifier notifier) {
        this.certifications = certifications;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Certificate certificate = certifications.issueCertificate(certifications.boundTo(execution.getProcessInstanceId()).getId());
        execution.setVariable(CERTIFICATE_NUMBER, certificate.getNumber());
        notifier.notify(certificate.getTeacher(), "notify.certification.certified", certificate.getNumber(),
                certificate.getVerificationCode());
    }
}
