package kz.shamy.modeler.internal;

/**
 * One thing a check found in a model: the element it concerns ({@code null} when the whole file), the rule
 * ({@code xml}, {@code size}, {@code engine-parse}, {@code dmn}, {@code form}, {@code shamy/...}), "error" (the
 * model is not deployed) or "warning", and a message for the administrator.
 */
public record ModelProblem(String elementId, String rule, String severity, String message) {

    public static final String ERROR = "error";
    public static final String WARNING = "warning";

    static ModelProblem error(String elementId, String rule, String message) {
        return new ModelProblem(elementId, rule, ERROR, message);
    }

    static ModelProblem warning(String elementId, String rule, String message) {
        return new ModelProblem(elementId, rule, WARNING, message);
    }

    public boolean isError() {
        return ERROR.equals(severity);
    }
}
