package kz.shamy.certification;

import kz.shamy.certification.internal.Certificate;
import kz.shamy.certification.internal.Certifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.circle.ProjectStage;
import kz.shamy.web.HeadlessChromium;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The year of issue 15's "done when", in a real headless Chromium against the running server with a real SMTP
 * server (GreenMail): a teacher on a phone-sized screen in Kazakh sees their timeline and completes their task on
 * Shamy's page; the facilitator, in Russian, returns a plan with a comment from the dashboard; the teacher sees the
 * comment and resubmits, and the facilitator's mail about the new review arrives in Russian with a link to the task;
 * at the end the teacher downloads a certificate whose QR code opens a valid verification page. Screenshots of each
 * step go to target/screenshots/journey-*.png.
 */
// a context of its own: mail goes to this class's GreenMail server (@DynamicPropertySource) every second
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:programme-journey;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=true",
        "shamy.demo-circles=true",
        "camunda.bpm.job-execution.enabled=false",
        "shamy.mail.base-url=https://shamy.example.kz",
        "shamy.mail.send-every=PT1S",
        "shamy.public-base-url=https://shamy.example.kz"})
class ProgrammeJourneyBrowserIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @LocalServerPort int port;
    @Autowired DevelopmentProjects projects;
    @Autowired TaskService tasks;
    @Autowired Certifications certifications;

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTeachersYearFromTheirPhoneToAVerifiedCertificate() throws Exception {
        // a teacher on a phone, in Kazakh: the timeline, then their task on Shamy's page
        signIn("teacher3", "--window-size=360,740");
        open("/my-programme?lang=kk");
        assertThat(browser.findElements(By.cssSelector(".timeline li.current"))).hasSize(1);
        shot("journey-1-teacher-timeline-kk-360");
        open("/tasks");
        browser.findElement(By.cssSelector(".tasklist li a")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.name("valuesStatement")))
                .sendKeys("Әр бала оқуды сүйсе екен деймін: кітап — ауыл баласының әлемге терезесі.");
        noSidewaysScroll();
        shot("journey-2-teacher-task-kk-360");
        browser.findElement(By.cssSelector("form.taskform button[type=submit]")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        assertThat(projects.stageOf("teacher3")).contains(ProjectStage.IDENTIFY_CONCERN);
        browser.quit();

        // the facilitator, in Russian: from the dashboard to teacher1's plan, returned with a comment
        signIn("facilitator1", "--window-size=1280,900");
        open("/dashboard/facilitator?lang=ru");
        DevelopmentProject project = projects.latestOf("teacher1").orElseThrow();
        browser.findElement(By.cssSelector("a[href='/projects/" + project.id() + "']")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".held-task a"))).click();
        String comment = "Добавьте, как вы поймёте, что получилось: какие свидетельства и когда.";
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.name("planReviewComments"))).sendKeys(comment);
        assertThat(browser.findElement(By.cssSelector("section.context")).getText()).contains("Версия 1");
        shot("journey-3-facilitator-review-ru");
        browser.findElement(By.cssSelector("form.taskform button[type=submit]")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        browser.quit();

        // the teacher sees the comment beside the plan as they wrote it, and resubmits
        signIn("teacher1", "--window-size=360,740");
        open("/tasks?lang=kk");
        browser.findElement(By.cssSelector(".tasklist li a")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.name("planText")));
        assertThat(browser.findElement(By.cssSelector("section.context")).getText()).contains(comment);
        String firstLine = projects.plans(project.id()).get(0).getText().lines().findFirst().orElseThrow();
        assertThat(browser.findElement(By.name("planText")).getAttribute("value")).startsWith(firstLine);
        browser.findElement(By.name("planText")).sendKeys("\nДәлелдер: ай сайын оқушылардың оқу жылдамдығы.");
        noSidewaysScroll();
        shot("journey-4-teacher-returned-plan-kk-360");
        browser.findElement(By.cssSelector("form.taskform button[type=submit]")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));
        Task review = tasks.createTaskQuery().processInstanceId(project.processInstanceId())
                .taskDefinitionKey("ReviewPlan").singleResult();
        assertThat(review).isNotNull();

        // the facilitator's mail about the new review, in Russian (their language since they chose it), with the link
        MimeMessage mail = await().atMost(PATIENCE).until(() -> mailTo("facilitator1@demo.shamy.kz", review.getId()),
                found -> found != null);
        assertThat(mail.getSubject()).containsPattern("[А-Яа-я]");
        assertThat(mail.getContent().toString()).contains("https://shamy.example.kz/tasks/" + review.getId())
                .containsPattern("[А-Яа-яЁё]").doesNotContain("Сізге");

        // at the end: a certificate, downloaded by the teacher, whose QR code opens a valid verification page
        Certificate certificate = certifications.issueCertificate(
                certifications.open("teacher1", "facilitator1", project.circleId(), project.id(), null).getId());
        open("/certificates?lang=kk");
        String pdfPath = browser.findElement(By.cssSelector("a[href$='.pdf']")).getAttribute("href");
        byte[] pdf = download(pdfPath);
        String verification;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            verification = CertificatePdfTests.decode(CertificatePdfTests.images(document.getPage(0)).get(0));
        }
        assertThat(verification).isEqualTo("https://shamy.example.kz/verify/" + certificate.getVerificationCode());
        browser.quit();
        browser = HeadlessChromium.startFresh("--window-size=360,740");
        open(URI.create(verification).getPath() + "?lang=kk");
        assertThat(browser.getTitle()).isEqualTo("Сертификат жарамды");
        noSidewaysScroll();
        shot("journey-5-verification-kk-360");
    }

    /** A mail to {@code address} whose body links to the task, once it has arrived. */
    private MimeMessage mailTo(String address, String taskId) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address))
                        && m.getContent().toString().contains("/tasks/" + taskId);
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElse(null);
    }

    /** A file fetched by the page itself, with the reader's session, as the browser would download it. */
    private byte[] download(String url) {
        Object base64 = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; const bytes = new Uint8Array(b);
                  for (let i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
                  done(btoa(s));
                });
                """, url);
        return Base64.getDecoder().decode(base64.toString());
    }

    private void signIn(String username, String window) {
        browser = HeadlessChromium.startFresh(window);
        browser.manage().timeouts().scriptTimeout(PATIENCE);
        open("/login");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
        waiting().until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, PATIENCE);
    }

    private void noSidewaysScroll() {
        Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        Number viewport = (Number) browser.executeScript("return window.innerWidth");
        assertThat(width.intValue()).as("page width at " + viewport + " px").isLessThanOrEqualTo(viewport.intValue());
    }

    private void shot(String name) throws IOException {
        Path file = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
    }

}
