package kz.shamy.demo.internal;

import static kz.shamy.circle.DevelopmentProjectVariables.ADD_ANOTHER_ENTRY;
import static kz.shamy.circle.DevelopmentProjectVariables.CONCERN;
import static kz.shamy.circle.DevelopmentProjectVariables.CONSULTATION_NOTES;
import static kz.shamy.circle.DevelopmentProjectVariables.CULTURE_REFLECTION;
import static kz.shamy.circle.DevelopmentProjectVariables.ENTRY_DATE;
import static kz.shamy.circle.DevelopmentProjectVariables.ENTRY_DESCRIPTION;
import static kz.shamy.circle.DevelopmentProjectVariables.ENTRY_KIND;
import static kz.shamy.circle.DevelopmentProjectVariables.PLAN_APPROVED;
import static kz.shamy.circle.DevelopmentProjectVariables.PLAN_REVIEW_COMMENTS;
import static kz.shamy.circle.DevelopmentProjectVariables.PLAN_TEXT;
import static kz.shamy.circle.DevelopmentProjectVariables.POSTER_TITLE;
import static kz.shamy.circle.DevelopmentProjectVariables.VALUES_STATEMENT;
import static kz.shamy.circle.DevelopmentProjectVariables.WORK_DONE;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import kz.shamy.circle.ProjectStage;
import kz.shamy.demo.internal.DemoScript.EvidenceScript;
import kz.shamy.demo.internal.DemoScript.ProjectScript;

/**
 * DEMO ONLY. The form submissions a project's script makes, queued per stage in the order the teacher
 * (or, at ReviewPlan, the facilitator) would send them from Tasklist: the same variables and value
 * types as the development-work forms (dates as "2026-11-20", tick boxes as booleans).
 */
final class ProjectInputs {

    private final Map<ProjectStage, Queue<Map<String, Object>>> byStage = new EnumMap<>(ProjectStage.class);

    ProjectInputs(ProjectScript script, LocalDate today) {
        text(ProjectStage.CLARIFY_VALUES, VALUES_STATEMENT, script.valuesStatement());
        text(ProjectStage.IDENTIFY_CONCERN, CONCERN, script.concern());
        text(ProjectStage.REFLECT_ON_CULTURE, CULTURE_REFLECTION, script.cultureReflection());
        text(ProjectStage.CONSULT_COLLEAGUES, CONSULTATION_NOTES, script.consultationNotes());
        script.plans().forEach(plan -> add(ProjectStage.DRAFT_PLAN, Map.of(PLAN_TEXT, plan)));
        script.reviews().forEach(review -> {
            Map<String, Object> form = new HashMap<>();
            form.put(PLAN_APPROVED, review.approved());
            form.put(PLAN_REVIEW_COMMENTS, review.comments());
            add(ProjectStage.PLAN_REVIEW, form);
        });
        List<EvidenceScript> evidence = script.evidence();
        for (int i = 0; i < evidence.size(); i++) {
            EvidenceScript entry = evidence.get(i);
            boolean done = script.workDone() && i == evidence.size() - 1;
            add(ProjectStage.LEAD_WORK, Map.of(ENTRY_DATE, today.minusDays(entry.daysAgo()).toString(),
                    ENTRY_KIND, entry.kind(), ENTRY_DESCRIPTION, entry.description(),
                    ADD_ANOTHER_ENTRY, !done, WORK_DONE, done));
        }
        if (script.poster() != null) {
            add(ProjectStage.PRESENT_POSTER, Map.of(POSTER_TITLE, script.poster().title()));
        }
    }

    /** The next submission for the task standing for this stage; empty once the script has none left. */
    Optional<Map<String, Object>> next(ProjectStage stage) {
        Queue<Map<String, Object>> queue = byStage.get(stage);
        return Optional.ofNullable(queue == null ? null : queue.poll());
    }

    private void text(ProjectStage stage, String variable, String text) {
        if (text != null) {
            add(stage, Map.of(variable, text));
        }
    }

    private void add(ProjectStage stage, Map<String, Object> form) {
        byStage.computeIfAbsent(stage, s -> new ArrayDeque<>()).add(form);
    }
}
