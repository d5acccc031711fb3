package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimerCyclesTests {

    @Test
    void repeatingIntervalsTheEngineSchedulesAreCycles() {
        assertThat(TimerCycles.repeats("R/P14D")).isTrue();
        assertThat(TimerCycles.repeats("R3/PT12H")).isTrue();
        assertThat(TimerCycles.repeats("R/2026-09-01T09:00:00/P7D")).isTrue();
    }

    @Test
    void aDurationADateOrTextIsNoCycle() {
        assertThat(TimerCycles.repeats("P14D")).isFalse();
        assertThat(TimerCycles.repeats("2026-09-01T09:00:00")).isFalse();
        assertThat(TimerCycles.repeats("R/every fortnight")).isFalse();
        assertThat(TimerCycles.repeats("")).isFalse();
        assertThat(TimerCycles.repeats(null)).isFalse();
    }
}
