package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.circle.ProjectStage;
import kz.shamy.identity.KeycloakAdmin;
import kz.shamy.identity.KeycloakServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the keycloak profile, a person signs in on Keycloak's own login page (OpenID Connect, PKCE) and
 * lands in Camunda Tasklist as their Keycloak username, with their groups: a teacher sees and completes
 * their own task only. Signing out of Shamy ends the Keycloak session too; a wrong password never leaves
 * Keycloak's page. Real Keycloak, real headless Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:kc-browser;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=true",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("keycloak")
class KeycloakBrowserSignInIntegrationTests {

    private static final KeycloakServer keycloak = KeycloakServer.shared();
    private static final KeycloakAdmin realmAdmin = new KeycloakAdmin(keycloak);
    private static final By KEYCLOAK_LOGIN_FORM = By.id("kc-form-login");
    /** Where Keycloak's login theme (keycloak.v2) shows "Invalid username or password." */
    private static final By KEYCLOAK_LOGIN_ERROR = By.id("input-error-username");

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("shamy.keycloak.issuer", keycloak::issuer);
    }

    @LocalServerPort
    int port;

    @Autowired
    DevelopmentProjects projects;

    private WebDriver browser;
    private WebDriverWait waiting;

    @BeforeEach
    void openBrowser() {
        // the realm file knows http://localhost:8080 only; this run's port is added to the running realm
        realmAdmin.allowWebSignInAt(url(""));
        browser = HeadlessChromium.start();
        waiting = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void teacherSignsInOnKeycloaksPageAndCompletesTheirOwnTaskInTasklist() {
        browser.get(url("/camunda/app/tasklist/"));
        assertOnKeycloakLoginPage();

        signInOnKeycloak("teacher3", "demo");

        waiting.until(ExpectedConditions.urlContains(url("/camunda/app/tasklist/")));
        WebElement task = waiting.until(ExpectedConditions.elementToBeClickable(By.linkText("Clarify my values")));
        List<String> visible = browser.findElements(By.cssSelector(".tasks-list h4 a, .task h4 a")).stream()
                .map(WebElement::getText).toList();
        // teacher2 is leading their development work: not teacher3's to see
        assertThat(browser.getPageSource()).doesNotContain("Lead the development work");
        assertThat(visible).isNotEmpty().allMatch(name -> name.equals("Clarify my values"));

        task.click();
        WebElement answer = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea")));
        answer.sendKeys("Ауыл мектебінде әр оқушының өз ойын еркін айтуы маған маңызды.");
        browser.findElement(By.xpath("//button[normalize-space()='Complete']")).click();

        waiting.until(ExpectedConditions.invisibilityOfElementLocated(By.linkText("Clarify my values")));
        assertThat(projects.stageOf("teacher3")).contains(ProjectStage.IDENTIFY_CONCERN);
        assertThat(projects.latestOf("teacher3").orElseThrow().getValuesStatement())
                .contains("әр оқушының өз ойын");
    }

    @Test
    void signingOutOfShamyEndsTheKeycloakSessionToo() {
        browser.get(url("/"));
        assertOnKeycloakLoginPage();
        signInOnKeycloak("teacher4", "demo");
        WebElement signOut = waiting.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("form[action$='/logout'] button")));
        // home, as asked (Spring's request cache marks the replayed request with "?continue")
        assertThat(browser.getCurrentUrl()).matches(Pattern.quote(url("/")) + "(\\?continue)?");
        assertThat(realmAdmin.sessionsOf("teacher4")).isPositive();

        signOut.click();

        // back home through Keycloak's end-session endpoint; home asks for a sign-in again
        assertOnKeycloakLoginPage();
        assertThat(realmAdmin.sessionsOf("teacher4")).isZero();
        browser.get(url("/camunda/app/tasklist/"));
        assertOnKeycloakLoginPage();
        assertThat(browser.findElement(By.id("username")).getAttribute("value")).isEmpty();
    }

    @Test
    void wrongPasswordStaysOnKeycloaksPageWithItsError() {
        browser.get(url("/camunda/app/tasklist/"));
        assertOnKeycloakLoginPage();

        signInOnKeycloak("teacher5", "not-demo");

        WebElement error = waiting.until(ExpectedConditions.visibilityOfElementLocated(KEYCLOAK_LOGIN_ERROR));
        assertThat(error.getText()).contains("Invalid username or password");
        assertThat(browser.getCurrentUrl()).startsWith(keycloak.issuer() + "/");
        assertThat(browser.findElements(KEYCLOAK_LOGIN_FORM)).isNotEmpty();
        browser.get(url("/camunda/app/tasklist/"));
        assertOnKeycloakLoginPage();
    }

    /** Keycloak's own login form for the shamy realm, not a page of Shamy's. */
    private void assertOnKeycloakLoginPage() {
        waiting.until(ExpectedConditions.presenceOfElementLocated(KEYCLOAK_LOGIN_FORM));
        assertThat(browser.getCurrentUrl()).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth")
                .contains("client_id=shamy-web").contains("code_challenge_method=S256");
    }

    private void signInOnKeycloak(String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
