package kz.shamy.circle.internal;

import java.time.LocalDate;
import java.util.function.Supplier;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.workflow.FormInput;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads what a completed task submitted, refusing it with {@link TaskInputRejected} (the task stays open). */
final class ProjectTaskInput {

    private ProjectTaskInput() {
    }

    /** Trimmed text, {@code null} when left empty: the project's services say what is required. */
    static String text(VariableScope scope, String name) {
        return FormInput.TASK.optionalText(scope.getVariable(name));
    }

    static boolean decision(VariableScope scope, String name, String question) {
        return FormInput.TASK.decision(name, scope.getVariable(name), question);
    }

    static boolean ticked(VariableScope scope, String name) {
        return FormInput.TASK.ticked(scope.getVariable(name));
    }

    static LocalDate date(VariableScope scope, String name) {
        return FormInput.TASK.date(name, scope.getVariable(name));
    }

    /** Runs a service call, turning its refusal into a refusal of the task's input. */
    static <T> T orRejected(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidRequest e) {
            throw new TaskInputRejected(e.field(), e.getMessage(), e.messageKey(), e.arguments());
        }
    }

    /** As {@link #orRejected(Supplier)}, a refusal of any one field being a refusal of the form field {@code field}. */
    static <T> T orRejected(String field, Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidRequest e) {
            throw new TaskInputRejected(e.field() == null ? null : field, e.getMessage(), e.messageKey(),
                    e.arguments());
        }
    }

    static void orRejected(Runnable call) {
        orRejected(() -> {
            call.run();
            return null;
        });
    }

    static void remove(VariableScope scope, String... names) {
        for (String name : names) {
            scope.removeVariable(name);
        }
    }
}
