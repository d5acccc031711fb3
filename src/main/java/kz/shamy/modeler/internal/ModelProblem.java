package kz.shamy.modeler.internal;

/** One thing a check found in a model: at an element (or the whole file when null), by which rule, how bad. */
record ModelProblem(String elementId, String rule, String severity, String message) {
}
