package kz.shamy.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.circle.DevelopmentProjects;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a page costs on a rural connection: each of Shamy's everyday pages and Tasklist's page for the same task,
 * loaded cold (a fresh browser profile, the cache emptied after signing in) in headless Chromium under its emulated
 * slow 3G (400 ms latency, 400 kbit/s each way). For each: bytes transferred (the page and everything it fetched,
 * as the browser's Resource Timing counts them, compressed), requests, the browser's load event, and the time until
 * the page is usable (its form or content is on screen). Runs only in the benchmark profile:
 * {@code ./mvnw -o -Pbenchmark test -Dtest=RuralConnectionBenchmark}. Figures go to target/benchmark/rural-connection.md
 * and to the "A rural connection" section of docs/BENCHMARKS.md.
 */
@ShamyIntegrationTest
class RuralConnectionBenchmark {

    /** Chromium's bytes per second for 400 kbit/s. */
    private static final int THROUGHPUT = 400_000 / 8;
    private static final int LATENCY_MS = 400;
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    @LocalServerPort int port;
    @Autowired DevelopmentProjects projects;
    @Autowired TaskService tasks;

    record Page(String name, String path, By usableWhen) {
    }

    record Measure(Page page, long bytes, int requests, long loadEventMs, long usableMs) {
    }

    @Test
    void pagesOnSlow3g() throws Exception {
        var project = projects.latestOf("teacher1").orElseThrow();
        String review = tasks.createTaskQuery().processInstanceId(project.processInstanceId())
                .taskDefinitionKey("ReviewPlan").singleResult().getId();
        List<Page> pages = List.of(
                new Page("Shamy home page", "/?lang=kk", By.cssSelector("main h1")),
                new Page("Shamy task list (/tasks)", "/tasks?lang=kk", By.cssSelector("main h1")),
                new Page("Shamy task page (/tasks/{id}), ReviewPlan", "/tasks/" + review + "?lang=kk",
                        By.name("planReviewComments")),
                new Page("Shamy project page (/projects/{id})", "/projects/" + project.id() + "?lang=kk",
                        By.cssSelector("section.plans")),
                new Page("Camunda Tasklist, the same ReviewPlan task", "/camunda/app/tasklist/#/?task=" + review,
                        By.cssSelector("textarea")));
        List<Measure> measures = new ArrayList<>();
        for (Page page : pages) {
            measures.add(measure(page, "facilitator1"));
        }
        write(measures);
    }

    private Measure measure(Page page, String user) {
        ChromeDriver browser = HeadlessChromium.startFresh("--window-size=360,740");
        try {
            browser.get(url("/login"));
            browser.findElement(By.name("username")).sendKeys(user);
            browser.findElement(By.name("password")).sendKeys("demo");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
            browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                    "latency", LATENCY_MS, "downloadThroughput", THROUGHPUT, "uploadThroughput", THROUGHPUT));
            browser.get("about:blank");
            long start = System.nanoTime();
            browser.get(url(page.path()));
            new WebDriverWait(browser, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(page.usableWhen()));
            long usable = (System.nanoTime() - start) / 1_000_000;
            new WebDriverWait(browser, PATIENCE).until(driver -> "complete".equals(
                    browser.executeScript("return document.readyState")));
            @SuppressWarnings("unchecked")
            Map<String, Object> timing = (Map<String, Object>) browser.executeScript("""
                    const nav = performance.getEntriesByType('navigation')[0];
                    const resources = performance.getEntriesByType('resource');
                    let bytes = nav.transferSize;
                    for (const r of resources) { bytes += r.transferSize; }
                    return {bytes: bytes, requests: resources.length + 1, load: Math.round(nav.loadEventEnd)};
                    """);
            return new Measure(page, ((Number) timing.get("bytes")).longValue(),
                    ((Number) timing.get("requests")).intValue(), ((Number) timing.get("load")).longValue(), usable);
        } finally {
            browser.quit();
        }
    }

    private void write(List<Measure> measures) throws IOException {
        StringBuilder table = new StringBuilder(
                "| Page | Transferred (KB) | Requests | Load event (s) | Usable (s) |\n|---|---|---|---|---|\n");
        for (Measure m : measures) {
            table.append(String.format(Locale.ROOT, "| %s | %.1f | %d | %.1f | %.1f |%n", m.page().name(),
                    m.bytes() / 1024.0, m.requests(), m.loadEventMs() / 1000.0, m.usableMs() / 1000.0));
        }
        String section = "## A rural connection\n\n"
                + "<!-- measured section: written by RuralConnectionBenchmark; the reading below it is by hand -->\n\n"
                + "Run " + Instant.now() + " on " + Runtime.getRuntime().availableProcessors() + " CPUs, headless "
                + "Chromium at 360×740 with its emulated slow 3G (" + LATENCY_MS + " ms latency, 400 kbit/s each way), "
                + "a cold cache, signed in as facilitator1 with the demo data.\n\n"
                + "```\n./mvnw -B -o -Pbenchmark test -Dtest=RuralConnectionBenchmark\n```\n\n" + table;
        Path target = Path.of("target", "benchmark", "rural-connection.md");
        Files.createDirectories(target.getParent());
        Files.writeString(target, section, StandardCharsets.UTF_8);
        Path file = Path.of("docs", "BENCHMARKS.md");
        String existing = Files.readString(file, StandardCharsets.UTF_8);
        int at = existing.indexOf("## A rural connection");
        String updated;
        if (at < 0) {
            updated = existing + (existing.endsWith("\n") ? "\n" : "\n\n") + section;
        } else {
            int end = existing.indexOf("\n### Reading", at);
            if (end < 0) {
                end = existing.indexOf("\n## ", at + 3);
            }
            updated = existing.substring(0, at) + section + (end < 0 ? "" : existing.substring(end));
        }
        Files.writeString(file, updated, StandardCharsets.UTF_8);
        System.out.println(section);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
