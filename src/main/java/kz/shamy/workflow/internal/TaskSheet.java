package kz.shamy.workflow.internal;

import java.util.List;
import java.util.Map;

/** One open task as its page shows it: the task, its form's id and components, and the values the task holds. */
record TaskSheet(TaskWork.OpenTask task, String formId, List<FormComponent> components, Map<String, Object> values) {
}
