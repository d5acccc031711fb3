package kz.shamy.workflow;

/** Somebody else claimed the task first. */
class TaskTaken extends RuntimeException {

    TaskTaken(String taskId) {
        super("task " + taskId + " was claimed by someone else");
    }
}
