package kz.shamy.certification;

import java.util.EnumMap;
import java.util.Map;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Reading and checking what a certification task's form submitted; refusals keep the task open. */
final class TaskForms {

    static final int MAX_TEXT = 2000;

    private TaskForms() {
    }

    /** A text field, trimmed; {@code null} when optional and left empty. */
    static String text(DelegateTask task, String variable, boolean required) {
        Object value = task.getVariable(variable);
        String text = value == null ? "" : value.toString().trim();
        if (required && text.isEmpty()) {
            throw new TaskInputRejected(variable + " is required");
        }
        if (text.length() > MAX_TEXT) {
            throw new TaskInputRejected(variable + " is longer than " + MAX_TEXT + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    /** One of the allowed values of a select field. */
    static String choice(DelegateTask task, String variable, String... allowed) {
        Object value = task.getVariable(variable);
        for (String option : allowed) {
            if (option.equals(value)) {
                return option;
            }
        }
        throw new TaskInputRejected(variable + " must be one of " + String.join(", ", allowed) + ", was " + value);
    }

    /** Every criterion's score, each a whole number 0..4, with the assessor's comment. */
    static Rubric rubric(DelegateTask task, String commentVariable) {
        Map<Criterion, Integer> scores = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            scores.put(criterion, score(task.getVariable(criterion.variable()), criterion));
        }
        return new Rubric(scores, text(task, commentVariable, false));
    }

    private static int score(Object value, Criterion criterion) {
        long score;
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            score = number.longValue();
        } else if (value instanceof String text && text.trim().matches("-?\\d{1,3}")) {
            score = Long.parseLong(text.trim());
        } else {
            throw new TaskInputRejected(criterion.variable() + " must be a whole number from "
                    + Criterion.LOWEST + " to " + Criterion.HIGHEST + ", was " + value);
        }
        if (score < Criterion.LOWEST || score > Criterion.HIGHEST) {
            throw new TaskInputRejected(criterion.variable() + " must be from " + Criterion.LOWEST + " to "
                    + Criterion.HIGHEST + ", was " + score);
        }
        return (int) score;
    }

    /** Content variables go once stored: the process keeps only ids and decisions. */
    static void removeRubric(DelegateTask task, String commentVariable) {
        for (Criterion criterion : Criterion.values()) {
            task.removeVariable(criterion.variable());
        }
        task.removeVariable(commentVariable);
    }

    /** Who is completing the task: its assignee, or else the signed-in user; someone must be. */
    static String actor(DelegateTask task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        Authentication current = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (current == null || current.getUserId() == null) {
            throw new TaskInputRejected("claim the task '" + task.getName() + "' before completing it");
        }
        return current.getUserId();
    }
}
