package kz.shamy.circle;

import kz.shamy.shared.SchoolTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.function.Supplier;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.workflow.TaskInputRejected;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads what a completed task submitted, refusing it with {@link TaskInputRejected} (the task stays open). */
final class ProjectTaskInput {

    private ProjectTaskInput() {
    }

    static Long projectId(VariableScope scope) {
        Object value = scope.getVariable(DevelopmentProjectVariables.PROJECT_ID);
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("process variable projectId is missing");
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** A yes/no the user must give; a form may send it as a boolean or as "true"/"false". */
    static boolean decision(VariableScope scope, String name, String question) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean yes) {
            return yes;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw new TaskInputRejected(name + " is required: " + question);
    }

    /** A tick box: absent means not ticked. */
    static boolean ticked(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean yes ? yes : value instanceof String s && Boolean.parseBoolean(s);
    }

    /** A date from a date field ("2026-03-01", possibly with a time) or a java.util.Date; null when absent. */
    static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        try {
            return SchoolTime.dateOf(value);
        } catch (DateTimeParseException e) {
            throw new TaskInputRejected(name + " must be a date like 2026-03-01, not '" + value + "'");
        }
    }

    /** Runs a service call, turning its refusal into a refusal of the task's input. */
    static <T> T orRejected(Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidRequest e) {
            throw new TaskInputRejected(e.getMessage());
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
