package kz.shamy.workflow;

import kz.shamy.workflow.engine.EngineTimerCycles;

/** Cycles a process may put in a timer's {@code timeCycle}, checked before a process is started with one. */
public final class TimerCycles {

    private TimerCycles() {
    }

    /** True when {@code cycle} is an ISO 8601 repeating interval ({@code R/P14D}) the engine can schedule. */
    public static boolean repeats(String cycle) {
        return EngineTimerCycles.repeats(cycle);
    }
}
