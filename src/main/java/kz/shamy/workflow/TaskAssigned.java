package kz.shamy.workflow;

import java.time.Instant;

/**
 * A user task came to a person: the process assigned it as the task was created, or someone claimed, handed on
 * or delegated it. Published inside the engine's transaction, so a refused or rolled-back assignment is never
 * heard of after commit.
 *
 * @param assignedBy who made the change, or null when the engine itself did (the process, a timer)
 * @param due the task's due date, or null
 */
public record TaskAssigned(String taskId, String taskDefinitionKey, String taskName, String assignee,
        String assignedBy, Instant due) {
}
