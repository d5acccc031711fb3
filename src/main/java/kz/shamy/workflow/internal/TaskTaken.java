package kz.shamy.workflow.internal;

/** Somebody else claimed the task first. */
class TaskTaken extends RuntimeException {

    TaskTaken(String taskId) {
        super("task " + taskId + " was claimed by someone else");
    }
}
