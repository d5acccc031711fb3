package kz.shamy.modeler.internal;

import java.time.Instant;

/**
 * One deployed version of a model as the engine holds it: the resource it came from (its name in the engine,
 * which for start-up deployments is a path), and the definition the engine made of it (none for a form: the
 * engine offers no query for form definitions, so a form's version counts the deployments that carry it).
 */
record DeployedModel(ModelKind kind, String key, String name, int version, String definitionId,
        String deploymentId, String resourceName, Instant deployedAt) {

    /** The resource's file name, without the folders a start-up deployment puts in front of it. */
    String fileName() {
        return fileName(resourceName);
    }

    static String fileName(String resourceName) {
        int slash = Math.max(resourceName.lastIndexOf('/'), resourceName.lastIndexOf('\\'));
        return resourceName.substring(slash + 1);
    }
}
