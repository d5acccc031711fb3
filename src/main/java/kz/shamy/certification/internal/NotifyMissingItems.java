package kz.shamy.certification.internal;


import java.util.Locale;
import kz.shamy.notify.Notifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task NotifyMissingItems: one notification per missing item
 * ({@code notify.certification.missing.attendance} and so on), so each reads in the teacher's language.
 */
@Component("notifyMissingItems")
public class NotifyMissingItems implements JavaDelegate {

    private final Certifications certifications;
    private final Notifier notifier;

    NotifyMissingItems(Certifications certifications, Notifier notifier) {
        this.certifications = certifications;
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CertificationCase certificationCase = certifications.caseOf(certifications.boundTo(execution.getProcessInstanceId()).getId());
        long attendancePercent = Math.round(certificationCase.getAttendanceRatio().doubleValue() * 100);
        for (String item : certificationCase.getMissing().split(",")) {
            if (!item.isBlank()) {
                notifier.notify(certificationCase.getTeacher(),
                        "notify.certification.missing." + item.trim().toLowerCase(Locale.ROOT),
                        attendancePercent, certificationCase.getStagesCompleted(), Portfolio.ALL_STAGES);
            }
        }
    }
}
