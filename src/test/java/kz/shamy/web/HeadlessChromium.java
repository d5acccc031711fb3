package kz.shamy.web;

import java.io.File;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver, in English: a fresh browser and profile for
 * each test, closed after it. Register it in a browser test with
 * {@code @RegisterExtension final HeadlessChromium chromium = new HeadlessChromium();}.
 */
public final class HeadlessChromium implements BeforeEachCallback, AfterEachCallback {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private WebDriver browser;
    private WebDriverWait waiting;

    /** This test's browser. */
    public WebDriver browser() {
        return browser;
    }

    /** Waits on this test's browser, up to 30 seconds. */
    public WebDriverWait waiting() {
        return waiting;
    }

    /**
     * Signs {@code username} in with the local demo password on Shamy's sign-in page at {@code baseUrl}, waiting until
     * the page has moved on.
     */
    public void signIn(String baseUrl, String username) {
        browser.get(baseUrl + "/login");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser = startFresh("--window-size=1400,900");
        waiting = new WebDriverWait(browser, PATIENCE);
    }

    /** A fresh browser with an empty profile (so an empty cache), with these extra arguments; the caller quits it. */
    public static ChromeDriver startFresh(String... arguments) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("shamy.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=en");
        options.addArguments(arguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("shamy.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }
}
