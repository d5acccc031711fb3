package kz.shamy.certification.internal;

import static kz.shamy.certification.internal.CertificationVariables.ELIGIBILITY;
import static kz.shamy.certification.internal.CertificationVariables.MISSING;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of DecideEligibility: keeps the decision on the case, and puts what is missing into
 * {@code missing} (e.g. "attendance, poster") for the teacher's task.
 */
@Component("recordEligibility")
class RecordEligibility implements ExecutionListener {

    private final Certifications certifications;

    RecordEligibility(Certifications certifications) {
        this.certifications = certifications;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void notify(DelegateExecution execution) {
        List<Map<String, Object>> findings = (List<Map<String, Object>>) execution.getVariable(ELIGIBILITY);
        boolean eligible = !findings.isEmpty()
                && findings.stream().allMatch(finding -> Boolean.TRUE.equals(finding.get("eligible")));
        String missing = findings.stream().map(finding -> finding.get("missing")).filter(Objects::nonNull)
                .map(Object::toString).filter(item -> !item.isBlank()).collect(Collectors.joining(", "));
        certifications.eligibilityDecided(certifications.boundTo(execution.getProcessInstanceId()).getId(), eligible, missing);
        execution.setVariable(MISSING, missing);
    }
}
