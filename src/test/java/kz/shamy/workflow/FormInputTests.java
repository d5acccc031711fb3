package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import kz.shamy.shared.InvalidRequest;
import org.junit.jupiter.api.Test;

class FormInputTests {

    private static final FormInput TASK = FormInput.TASK;

    @Test
    void textIsTrimmedAndBlankIsAbsent() {
        assertThat(TASK.optionalText("  plan  ")).isEqualTo("plan");
        assertThat(TASK.optionalText("   ")).isNull();
        assertThat(TASK.optionalText(null)).isNull();
        assertThatThrownBy(() -> TASK.text("notes", " ")).isInstanceOf(TaskInputRejected.class)
                .hasMessage("notes is required");
        assertThatThrownBy(() -> TASK.atMost("note", "x".repeat(11), 10)).hasMessage("note is longer than 10 characters");
        assertThat(TASK.atMost("note", null, 10)).isNull();
    }

    @Test
    void aRequestRefusalNamesTheField() {
        assertThatThrownBy(() -> FormInput.REQUEST.id("regionId", "north")).isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).field()).isEqualTo("regionId"))
                .hasMessage("regionId must be a whole number, not 'north'");
        assertThat(FormInput.REQUEST.id("regionId", 7.0)).isEqualTo(7L);
        assertThat(FormInput.REQUEST.id("regionId", " 12 ")).isEqualTo(12L);
        assertThat(FormInput.REQUEST.id("regionId", "")).isNull();
    }

    @Test
    void datesFromDateAndDateTimeFieldsAndOnlyPastOnesForRecords() {
        Clock noonInAlmaty = Clock.fixed(Instant.parse("2026-10-01T07:00:00Z"), ZoneOffset.UTC);
        assertThat(TASK.date("day", "2026-09-01")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(TASK.date("day", "2026-09-01T09:00")).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(TASK.date("day", null)).isNull();
        assertThatThrownBy(() -> TASK.date("day", "1 Sept")).hasMessage("day must be a date like 2026-10-01, not '1 Sept'");
        assertThat(TASK.pastDate("day", "2026-10-01", noonInAlmaty)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThatThrownBy(() -> TASK.pastDate("day", "2026-10-02", noonInAlmaty))
                .hasMessage("day 2026-10-02 is in the future; record what has happened");
        assertThatThrownBy(() -> TASK.pastDate("day", null, noonInAlmaty)).hasMessage("day is required");
    }

    @Test
    void usernamesTypedOrListedEachOnce() {
        assertThat(TASK.usernames("teacher1, teacher2;teacher1\nteacher3")).containsExactly("teacher1", "teacher2",
                "teacher3");
        assertThat(TASK.usernames(List.of(" teacher2 ", "", "teacher2"))).containsExactly("teacher2");
        assertThat(TASK.usernames(null)).isEmpty();
        assertThatThrownBy(() -> TASK.someUsernames("attendees", " , ")).hasMessage("attendees must name at least one person");
    }

    @Test
    void numbersChoicesDecisionsAndTickBoxes() {
        assertThat(TASK.wholeNumber("score", 3L, 0, 4)).isEqualTo(3);
        assertThat(TASK.wholeNumber("score", "4", 0, 4)).isEqualTo(4);
        assertThatThrownBy(() -> TASK.wholeNumber("score", 2.5, 0, 4))
                .hasMessage("score must be a whole number from 0 to 4, was 2.5");
        assertThatThrownBy(() -> TASK.wholeNumber("score", 5, 0, 4)).hasMessage("score must be from 0 to 4, was 5");
        assertThat(TASK.choice("decision", "pass", "pass", "fail")).isEqualTo("pass");
        assertThatThrownBy(() -> TASK.choice("decision", "maybe", "pass", "fail"))
                .hasMessage("decision must be one of pass, fail, was maybe");
        assertThat(TASK.decision("approved", "TRUE", "approve?")).isTrue();
        assertThatThrownBy(() -> TASK.decision("approved", null, "approve the plan?"))
                .hasMessage("approved is required: approve the plan?");
        assertThat(TASK.ticked("true")).isTrue();
        assertThat(TASK.ticked(null)).isFalse();
    }
}
