package kz.shamy.certification.internal;

import java.util.EnumMap;
import java.util.Map;
import kz.shamy.workflow.FormInput;
import kz.shamy.workflow.SignedInUser;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Reading and checking what a certification task's form submitted; refusals keep the task open. */
final class TaskForms {

    static final int MAX_TEXT = 2000;

    private TaskForms() {
    }

    /** A text field, trimmed, at most {@link #MAX_TEXT} characters; {@code null} when optional and left empty. */
    static String text(DelegateTask task, String variable, boolean required) {
        Object value = task.getVariable(variable);
        String text = required ? FormInput.TASK.text(variable, value) : FormInput.TASK.optionalText(value);
        return FormInput.TASK.atMost(variable, text, MAX_TEXT);
    }

    /** One of the allowed values of a select field. */
    static String choice(DelegateTask task, String variable, String... allowed) {
        return FormInput.TASK.choice(variable, task.getVariable(variable), allowed);
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
        return FormInput.TASK.wholeNumber(criterion.variable(), value, Criterion.LOWEST, Criterion.HIGHEST);
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
        return SignedInUser.of(task).orElseThrow(
                () -> new TaskInputRejected("claim the task '" + task.getName() + "' before completing it"));
    }
}
