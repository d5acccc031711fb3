package kz.shamy.workflow;

import java.time.Instant;

/** An open user task with a due date, and who holds it. */
public record DueTask(String taskId, String taskDefinitionKey, String taskName, String assignee, Instant due) {
}
