package kz.shamy.workflow.internal;

/**
 * Why a submitted value was not taken: a bundle message ({@code messageKey} with {@code arguments}) where there is
 * one, the English {@code message} where the refusal came from code that has none.
 */
record FieldProblem(String messageKey, Object[] arguments, String message) {

    static FieldProblem of(String messageKey, Object... arguments) {
        return new FieldProblem(messageKey, arguments, null);
    }
}
