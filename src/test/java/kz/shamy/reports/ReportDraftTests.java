package kz.shamy.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.shamy.shared.InvalidRequest;
import org.junit.jupiter.api.Test;

/** The rules a report version must meet before it is submitted. */
class ReportDraftTests {

    @Test
    void wordsAreCountedInAnyScriptAndLoneDashesAreNoWords() {
        assertThat(ReportDraft.wordsIn("Оқушылар бірге  оқиды — and read\ntogether, 2025")).isEqualTo(7);
        assertThat(ReportDraft.wordsIn("   ")).isZero();
        assertThat(ReportDraft.wordsIn(null)).isZero();
    }

    @Test
    void summaryMustHaveFiveHundredToElevenHundredWords() {
        assertThatNoException().isThrownBy(() -> draft(words(500)).validate());
        assertThatNoException().isThrownBy(() -> draft(words(1100)).validate());
        assertThatThrownBy(() -> draft(words(499)).validate()).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("499 words");
        assertThatThrownBy(() -> draft(words(1101)).validate()).isInstanceOf(InvalidRequest.class)
                .extracting(e -> ((InvalidRequest) e).field()).isEqualTo("summary");
    }

    @Test
    void bodyLanguageAndAcademicYearAreChecked() {
        assertThatThrownBy(() -> new ReportDraft(1L, "t", null, "Title", "kk", "Maths", "2025-2026", words(800), " ",
                null).validate()).extracting(e -> ((InvalidRequest) e).field()).isEqualTo("body");
        assertThatThrownBy(() -> new ReportDraft(1L, "t", null, "Title", "de", "Maths", "2025-2026", words(800), "b",
                null).validate()).extracting(e -> ((InvalidRequest) e).field()).isEqualTo("language");
        assertThatThrownBy(() -> new ReportDraft(1L, "t", null, "Title", "ru", "Maths", "2025-2027", words(800), "b",
                null).validate()).extracting(e -> ((InvalidRequest) e).field()).isEqualTo("academicYear");
    }

    private static ReportDraft draft(String summary) {
        return new ReportDraft(1L, "teacher1", null, "Title", "ru", "Maths", "2025-2026", summary, "Body", "k");
    }

    private static String words(int count) {
        return "слово ".repeat(count);
    }
}
