package kz.shamy.notify.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A deadline reminder that went (or was considered and not wanted): one per task, stage and interval. Its key
 * is the table's primary key, so of two nodes reminding at once only one's insert stands.
 */
@Entity
@Table(name = "deadline_reminder")
class DeadlineReminder {

    enum Stage { APPROACHING, PASSED }

    @Id
    private String reminderKey;
    private String taskId;
    private String stage;
    private long slot;
    private Instant remindedAt;

    protected DeadlineReminder() {
    }

    DeadlineReminder(String taskId, Stage stage, long slot, Instant remindedAt) {
        this.reminderKey = key(taskId, stage, slot);
        this.taskId = taskId;
        this.stage = stage.name();
        this.slot = slot;
        this.remindedAt = remindedAt;
    }

    static String key(String taskId, Stage stage, long slot) {
        return taskId + ":" + stage + ":" + slot;
    }
}
