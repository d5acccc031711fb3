package kz.shamy.notify;

import kz.shamy.notify.internal.ICalendarText;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ICalendarTextTests {

    @Test
    void textValuesEscapeBackslashSemicolonCommaAndNewline() {
        assertThat(ICalendarText.escape("Aqsu, hall 2; C:\\rooms\nfloor 1"))
                .isEqualTo("Aqsu\\, hall 2\\; C:\\\\rooms\\nfloor 1");
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingAKazakhLetter() {
        String summary = "Кіріспе семинар, 1-күн: Ақсу ауданының мектебі, Әл-Фараби көшесі, 12 ".repeat(3);
        String text = new ICalendarText().textLine("SUMMARY", summary).toString();

        String[] lines = text.split("\r\n");
        assertThat(lines).hasSizeGreaterThan(3);
        for (int i = 0; i < lines.length; i++) {
            assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            if (i > 0) {
                assertThat(lines[i]).startsWith(" ");
            }
        }
        String unfolded = text.replace("\r\n ", "");
        assertThat(unfolded).isEqualTo("SUMMARY:" + ICalendarText.escape(summary) + "\r\n");
    }
}
