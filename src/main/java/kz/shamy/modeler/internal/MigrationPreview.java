package kz.shamy.modeler.internal;

import java.util.List;

/**
 * What a migration from one version of a process to another would do, before it runs: the engine's plan, the
 * source's activities it leaves unmapped and why, and each instance on the source version with where it waits and
 * whether it can move. An instance at an activity the plan does not map stays where it is, with the reason.
 */
record MigrationPreview(Definition source, Definition target, List<Instruction> instructions, List<Unmapped> unmapped,
        List<Instance> instances, int movable, int staying) {

    record Definition(String definitionId, int version) {
    }

    record Instruction(List<String> sourceActivityIds, List<String> targetActivityIds, boolean updateEventTrigger) {
    }

    record Unmapped(String activityId, String name, String reason) {
    }

    record Activity(String activityId, String name) {
    }

    record Task(String taskId, String name, String assignee) {
    }

    record Instance(String processInstanceId, String businessKey, List<Activity> activities, List<Task> tasks,
            boolean canMove, String reason) {
    }
}
