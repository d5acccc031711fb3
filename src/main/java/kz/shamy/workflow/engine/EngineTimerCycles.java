package kz.shamy.workflow.engine;

import org.camunda.bpm.engine.impl.calendar.DurationHelper;

/** Timer cycles read as the engine reads them when it schedules a timer, by its own parser. */
public final class EngineTimerCycles {

    private EngineTimerCycles() {
    }

    /** True when the engine schedules {@code cycle} as an ISO 8601 repeating interval with a next date. */
    public static boolean repeats(String cycle) {
        if (cycle == null || !cycle.startsWith("R")) {
            return false;
        }
        try {
            return new DurationHelper(cycle).getDateAfter() != null;
        } catch (Exception notACycle) {
            return false;
        }
    }
}
