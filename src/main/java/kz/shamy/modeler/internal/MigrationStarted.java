package kz.shamy.modeler.internal;

/**
 * An administrator started moving a process's running instances from one version to another: {@code moving}
 * instances go in a batch, {@code staying} ones stay on the source version. The audit log records it.
 */
public record MigrationStarted(String key, String sourceDefinitionId, String targetDefinitionId, int moving,
        int staying, String actor) {
}
