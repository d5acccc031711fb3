package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.shamy.ShamyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * My programme and the two dashboards on a phone-sized screen (360 px) in Kazakh, in a real headless Chromium: each
 * is reached from the top bar's link, the page never scrolls sideways (wide tables scroll in their own box), and
 * the inline SVG charts are drawn within the screen. Screenshots of each page go to target/screenshots.
 */
@ShamyIntegrationTest
class DashboardsBrowserIntegrationTests {

    private static final int PHONE = 360;

    @LocalServerPort
    int port;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void aTeacherReachesTheirTimelineFromTheTopBarAndItFitsAPhone() {
        open("teacher2", "Менің бағдарламам");

        assertThat(chromium.browser().findElements(By.cssSelector(".timeline li"))).hasSize(12);
        assertFitsThePhone();
    }

    @Test
    void theFacilitatorsDashboardFitsAPhoneWithItsChartsDrawnWithinIt() {
        open("facilitator1", "Тақта");

        assertThat(chromium.browser().findElement(By.cssSelector(".alert")).getText()).contains("Madina Tulegenova");
        assertChartsFit(2);
        assertFitsThePhone();
    }

    @Test
    void theAdministratorsDashboardFitsAPhoneWithItsChartsDrawnWithinIt() {
        open("admin", "Тақта");

        assertChartsFit(2);
        assertFitsThePhone();
    }

    private void open(String username, String link) {
        chromium.browser().manage().window().setSize(new Dimension(PHONE, 800));
        chromium.browser().get(url("/login"));
        chromium.browser().findElement(By.name("username")).sendKeys(username);
        chromium.browser().findElement(By.name("password")).sendKeys("demo");
        chromium.browser().findElement(By.cssSelector("button[type=submit]")).click();
        chromium.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        chromium.browser().get(url("/?lang=kk"));
        chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText(link))).click();
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
    }

    private void assertFitsThePhone() {
        JavascriptExecutor js = (JavascriptExecutor) chromium.browser();
        keepScreenshot(js);
        long viewport = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
        long page = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(viewport).isLessThanOrEqualTo(PHONE);
        assertThat(page).as("the page's width at a %d px viewport", viewport).isLessThanOrEqualTo(viewport);
    }

    private void assertChartsFit(int atLeast) {
        JavascriptExecutor js = (JavascriptExecutor) chromium.browser();
        @SuppressWarnings("unchecked")
        java.util.List<Number> rights = (java.util.List<Number>) js.executeScript(
                "return Array.from(document.querySelectorAll('figure.chart svg'))"
                        + ".map(svg => svg.getBoundingClientRect().right)");
        assertThat(rights).hasSizeGreaterThanOrEqualTo(atLeast)
                .allSatisfy(right -> assertThat(right.doubleValue()).isBetween(1.0, (double) PHONE));
    }

    /** The whole page at 360 px, kept as a test artefact in target/screenshots. */
    private void keepScreenshot(JavascriptExecutor js) {
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        chromium.browser().manage().window().setSize(new Dimension(PHONE, (int) Math.min(height + 120, 6000)));
        String name = chromium.browser().getCurrentUrl().replaceAll(".*:\\d+/", "").replaceAll("[^a-z-]", "-");
        try {
            Path file = Path.of("target", "screenshots", "360-kk-" + name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) chromium.browser()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
