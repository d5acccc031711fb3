package kz.shamy.certification;

import kz.shamy.certification.internal.Certificate;
import kz.shamy.certification.internal.Certifications;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import kz.shamy.identity.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a 360 px wide phone screen in headless Chromium: the teacher finds their certificate in Kazakh, an
 * administrator sees the revocation form, and anyone opens the verification page, none of whose content reaches
 * past the screen's edge.
 * Screenshots go to target/screenshots/.
 */
// a context of its own: every test certifies teacher1 again (a case and a certificate each), which the demo
// counts and dashboards the tests sharing ShamyIntegrationTest's context read would see
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:certificate-browser;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=true", "shamy.demo-circles=false", "shamy.demo-reports=false",
        "camunda.bpm.job-execution.enabled=false"})
class CertificateBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired Certifications certifications;
    @Autowired People people;

    ChromeDriver browser;
    WebDriverWait waiting;
    Certificate certificate;

    @BeforeEach
    void phoneSizedBrowserAndACertifiedTeacher() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("shamy.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--lang=kk");
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("shamy.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build(), options);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 740,
                "deviceScaleFactor", 1, "mobile", true));
        waiting = new WebDriverWait(browser, Duration.ofSeconds(30));
        Long caseId = certifications.open("teacher1", "facilitator1", 1L, 1L, null).getId();
        certificate = certifications.issueCertificate(caseId);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void teacherFindsTheirCertificateInKazakhOnAPhone() throws IOException {
        signIn("teacher1");
        browser.get(url("/certificates?lang=kk"));
        assertThat(browser.getTitle()).isEqualTo("Сертификаттар");
        browser.findElement(By.linkText(certificate.getNumber())).click();
        waiting.until(ExpectedConditions.presenceOfElementLocated(By.id("download")));

        assertThat(browser.findElement(By.tagName("main")).getText()).contains(people.displayName("teacher1"),
                "Жүктеп алу (PDF)", "/verify/" + certificate.getVerificationCode());
        assertNoSidewaysScroll("certificate-teacher-kk-360");
    }

    @Test
    void administratorSeesTheRevocationFormOnAPhone() throws IOException {
        signIn("admin");
        browser.get(url("/certificates/" + certificate.getId() + "?lang=ru"));

        assertThat(browser.findElement(By.name("reason")).getAttribute("required")).isNotNull();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Отозвать и выдать повторно");
        assertNoSidewaysScroll("certificate-admin-ru-360");
    }

    @Test
    void anyoneVerifiesACodeOnAPhoneWithoutSigningIn() throws IOException {
        browser.get(url("/verify/" + certificate.getVerificationCode() + "?lang=kk"));

        assertThat(browser.getTitle()).isEqualTo("Сертификат жарамды");
        assertThat(browser.findElement(By.id("holder")).getText()).isEqualTo(people.displayName("teacher1"));
        assertNoSidewaysScroll("verify-valid-kk-360");
    }

    private void assertNoSidewaysScroll(String screenshot) throws IOException {
        Path file = Path.of("target", "screenshots", screenshot + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        // this part's own content; the shared header's width at 360 px is the layout's (wrapped on main since 098ec78)
        Number right = (Number) browser.executeScript("const m = document.querySelector('main');"
                + " return Math.max(m.getBoundingClientRect().right, m.scrollWidth + m.getBoundingClientRect().left)");
        assertThat(right.intValue()).as("right edge of the page's content at 360 px").isLessThanOrEqualTo(360);
    }

    private void signIn(String username) {
        browser.get(url("/login"));
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waiting.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
