package kz.shamy.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One rule for a school year, where three features had three (one took "2025/2026", two refused it). */
class AcademicYearTests {

    @Test
    void aYearTypedWithAHyphenASlashOrADashIsTheSameYearWrittenOneWay() {
        for (String typed : new String[] {"2025-2026", "2025/2026", "2025–2026", " 2025 - 2026 ", "2025—2026"}) {
            assertThat(AcademicYear.parse(typed)).as(typed).contains(new AcademicYear(2025));
            assertThat(AcademicYear.parse(typed).orElseThrow()).hasToString("2025-2026");
        }
    }

    @Test
    void anythingButTwoConsecutiveYearsIsNoYear() {
        for (String typed : new String[] {"2025-2027", "2026-2025", "2025", "25-26", "2025-2026-2027", "", "abcd-efgh"}) {
            assertThat(AcademicYear.parse(typed)).as(typed).isEmpty();
        }
        assertThat(AcademicYear.parse(null)).isEmpty();
        assertThatThrownBy(() -> AcademicYear.of("academicYear", "2025-2027"))
                .isInstanceOf(InvalidRequest.class)
                .satisfies(e -> assertThat(((InvalidRequest) e).field()).isEqualTo("academicYear"));
    }
}
