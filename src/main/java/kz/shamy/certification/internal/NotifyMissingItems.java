package kz.shamy.certification.internal;


import kz.shamy.certification.CertificationDecided;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Service task NotifyMissingItems: publishes that the portfolio is not eligible, with what is missing; notify tells
 * the teacher, one notification per missing item ({@code notify.certification.missing.attendance} and so on).
 */
@Component("notifyMissingItems")
public class NotifyMissingItems implements JavaDelegate {

    private final Certifications certifications;
    private final ApplicationEventPublisher events;

    NotifyMissingItems(Certifications certifications, ApplicationEventPublisher events) {
        this.certifications = certifications;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CertificationCase certificationCase = certifications.caseOf(certifications.boundTo(execution.getProcessInstanceId()).getId());
        long attendancePercent = Math.round(certificationCase.getAttendanceRatio().doubleValue() * 100);
        List<String> missing = Arrays.stream(certificationCase.getMissing().split(",")).map(String::strip)
                .filter(item -> !item.isEmpty()).map(item -> item.toLowerCase(Locale.ROOT)).toList();
        events.publishEvent(new CertificationDecided.NotEligible(certificationCase.getId(),
                certificationCase.getTeacher(), missing, attendancePercent, certificationCase.getStagesCompleted()));
    }
}
