package kz.shamy.modeler.internal;

import java.util.List;

/** A migration as started: its batch (none when no instance could move) and the instances that stay. */
record MigrationRun(String batchId, int moving, List<Staying> staying) {

    record Staying(String processInstanceId, String reason) {
    }
}
