package kz.shamy.circle.internal;

import kz.shamy.circle.DevelopmentProjectVariables;
import kz.shamy.circle.DevelopmentProjects;
import static kz.shamy.circle.DevelopmentProjectVariables.ADD_ANOTHER_ENTRY;
import static kz.shamy.circle.DevelopmentProjectVariables.ENTRY_DATE;
import static kz.shamy.circle.DevelopmentProjectVariables.ENTRY_DESCRIPTION;
import static kz.shamy.circle.DevelopmentProjectVariables.ENTRY_KIND;
import static kz.shamy.circle.DevelopmentProjectVariables.WORK_DONE;

import java.time.LocalDate;
import java.util.Locale;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * LeadDevelopmentWork, the evidence log. On {@code create} it forgets the previous entry's choice. On
 * {@code complete} the teacher either adds an entry and comes back ({@code addAnotherEntry}), or says the
 * work is done ({@code workDone}, with an optional last entry); a project moves on only with evidence.
 */
@Component("recordEvidence")
class EvidenceRecorder implements TaskListener {

    private final DevelopmentProjects projects;

    EvidenceRecorder(DevelopmentProjects projects) {
        this.projects = projects;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            ProjectTaskInput.remove(task, ADD_ANOTHER_ENTRY, WORK_DONE);
            return;
        }
        boolean another = ProjectTaskInput.ticked(task, ADD_ANOTHER_ENTRY);
        boolean done = ProjectTaskInput.ticked(task, WORK_DONE);
        if (another == done) {
            throw new TaskInputRejected("choose one: add another entry (addAnotherEntry) or the development work"
                    + " is done (workDone)");
        }
        Long projectId = projects.boundTo(task.getProcessInstanceId()).id();
        String description = ProjectTaskInput.text(task, ENTRY_DESCRIPTION);
        if (another || description != null && !description.isBlank()) {
            LocalDate date = ProjectTaskInput.date(task, ENTRY_DATE);
            EvidenceKind kind = kind(ProjectTaskInput.text(task, ENTRY_KIND));
            ProjectTaskInput.orRejected(() -> projects.addEvidence(projectId, date, kind, description));
        }
        if (done && projects.evidenceCount(projectId) == 0) {
            throw new TaskInputRejected("log at least one piece of evidence before the development work is done");
        }
        ProjectTaskInput.remove(task, ENTRY_DATE, ENTRY_KIND, ENTRY_DESCRIPTION);
        task.setVariable(ADD_ANOTHER_ENTRY, another);
        task.setVariable(WORK_DONE, done);
    }

    private static EvidenceKind kind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EvidenceKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TaskInputRejected("entryKind '" + value + "' is not a kind of evidence");
        }
    }
}
