package kz.shamy.modeler.internal;

import java.util.List;

/** How far a migration batch has got, from the engine's batch statistics; failures are failed batch jobs. */
record MigrationProgress(String batchId, int total, int completed, int failed, int remaining, boolean done,
        List<Failure> failures) {

    /** A batch job that ran out of retries; the instance is the one its exception names, if it names one. */
    record Failure(String processInstanceId, String message) {
    }
}
