package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The checker itself finds what it is there to find, on pages written here (no Shamy needed). */
class AxeCheckTests {

    private static final String DATA = "data:text/html;charset=utf-8,";

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void aFieldWithoutALabelAndAPageWithoutALanguageAreReportedAtBothWidths() {
        AxeCheck axe = new AxeCheck(chromium.browser(), DATA);

        List<String> problems = axe.problems(List.of(page("unlabelled", "<html><head><title>t</title></head>"
                + "<body><main><h1>Form</h1><input name=q></main></body></html>")));

        assertThat(problems).anyMatch(p -> p.contains("at 360 px") && p.contains("critical label"))
                .anyMatch(p -> p.contains("at 1280 px") && p.contains("critical label"))
                .anyMatch(p -> p.contains("serious html-has-lang"))
                .allMatch(p -> p.startsWith("unlabelled ("));
    }

    @Test
    void aLabelledPageInItsLanguagePasses() {
        AxeCheck axe = new AxeCheck(chromium.browser(), DATA);

        assertThat(axe.problems(List.of(page("labelled", "<html lang=kk><head><title>t</title></head><body><main>"
                + "<h1>Іздеу</h1><label for=q>Сөздер</label><input id=q name=q></main></body></html>")))).isEmpty();
    }

    @Test
    void aPageWiderThanAPhoneIsReportedWithItsWidth() {
        AxeCheck axe = new AxeCheck(chromium.browser(), DATA);
        String body = "<html lang=en><head><meta name=viewport content='width=device-width'><title>t</title></head><body>";

        assertThat(axe.sidewaysScroll(List.of(page("wide", body + "<div style='width:700px'>x</div></body></html>"))))
                .singleElement().asString().contains("wide", "708 px wide at 360 px");
        assertThat(axe.sidewaysScroll(List.of(page("narrow", body + "<p>x</p></body></html>")))).isEmpty();
    }

    private static AxeCheck.Page page(String name, String html) {
        return new AxeCheck.Page(name, URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
