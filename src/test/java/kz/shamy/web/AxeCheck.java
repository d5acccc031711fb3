package kz.shamy.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Checks Shamy's pages in a real browser the way a phone and a desktop show them: opens each page at each width
 * (Chromium's device emulation: 360 px as a phone, 1280 px as a desktop), keeps a screenshot under
 * {@code target/a11y/} as a test artefact, and runs axe-core (the webjar from Maven Central, injected with
 * Selenium) on it. Serious and critical violations are the failures; each is listed with its rule, help text and the
 * elements it found. To cover a new page, add it to the list of its reader in
 * {@link AccessibilityBrowserIntegrationTests}, or call this from any browser test:
 *
 * <pre>{@code
 * AxeCheck axe = new AxeCheck(chromium.browser(), "http://localhost:" + port);
 * assertThat(axe.problems(List.of(new AxeCheck.Page("tasks", "/tasks")))).isEmpty();
 * assertThat(axe.sidewaysScroll(List.of(new AxeCheck.Page("tasks", "/tasks")))).isEmpty();
 * }</pre>
 */
public final class AxeCheck {

    /** A phone's width and a desktop's. */
    public static final List<Integer> WIDTHS = List.of(360, 1280);
    public static final int PHONE = 360;
    static final Path ARTEFACTS = Path.of("target", "a11y");
    private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");

    /** A page to check: {@code name} names its screenshots, {@code path} is opened under the base URL. */
    public record Page(String name, String path) {
    }

    private static String axeSource;

    private final WebDriver browser;
    private final String baseUrl;

    public AxeCheck(WebDriver browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    /** Every serious or critical axe violation of these pages at both widths, one readable line each; empty is good. */
    public List<String> problems(List<Page> pages) {
        List<String> problems = new ArrayList<>();
        for (Page page : pages) {
            for (int width : WIDTHS) {
                problems.addAll(violations(page, width));
            }
        }
        return problems;
    }

    /** The pages wider than a 360 px screen (so it scrolls sideways), with their width; empty is good. */
    public List<String> sidewaysScroll(List<Page> pages) {
        List<String> wide = new ArrayList<>();
        for (Page page : pages) {
            open(page, PHONE);
            long scrollWidth = ((Number) script("return document.documentElement.scrollWidth")).longValue();
            if (scrollWidth > PHONE) {
                wide.add(page.name() + " (" + page.path() + ") is " + scrollWidth + " px wide at " + PHONE + " px");
            }
        }
        return wide;
    }

    /** Serious and critical violations of one page at one width; also saves its screenshot. */
    @SuppressWarnings("unchecked")
    public List<String> violations(Page page, int width) {
        open(page, width);
        screenshot(page.name() + "-" + width);
        script(axeSource());
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                   .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                       nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + n.failureSummary) }))))
                   .catch(e => done('axe failed: ' + e));
                """);
        if (answer instanceof String failure) {
            throw new IllegalStateException(page + ": " + failure);
        }
        List<String> found = new ArrayList<>();
        for (Map<String, Object> v : (List<Map<String, Object>>) answer) {
            if (FAILING_IMPACTS.contains(v.get("impact"))) {
                found.add(page.name() + " (" + page.path() + ") at " + width + " px: " + v.get("impact") + " "
                        + v.get("id") + " — " + v.get("help") + "\n      " + String.join("\n      ",
                                (List<String>) v.get("nodes")));
            }
        }
        return found;
    }

    /** Opens {@code page} as a screen {@code width} px wide (a phone below 600 px), and waits until it is loaded. */
    public void open(Page page, int width) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", width < 600 ? 740 : 900, "deviceScaleFactor", 1, "mobile", width < 600));
        browser.get(baseUrl + page.path());
        script("return document.readyState");
    }

    private void screenshot(String name) {
        try {
            Files.createDirectories(ARTEFACTS);
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, ARTEFACTS.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    /** axe.min.js from the axe-core webjar on the test classpath, whatever its version. */
    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (InputStream pom = resource("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
                Properties properties = new Properties();
                properties.load(pom);
                try (InputStream axe = resource("META-INF/resources/webjars/axe-core/"
                        + properties.getProperty("version") + "/axe.min.js")) {
                    axeSource = new String(axe.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = AxeCheck.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the test classpath (org.webjars.npm:axe-core)");
        }
        return in;
    }
}
