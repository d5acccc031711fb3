package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.circle.ProjectStage;
import kz.shamy.identity.KeycloakAdmin;
import kz.shamy.identity.KeycloakServer;
import kz.shamy.identity.WithSharedKeycloak;
import kz.shamy.identity.KeycloakTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With the keycloak profile, a person signs in on Keycloak's own login page (OpenID Connect, PKCE) and
 * lands in Camunda Tasklist as their Keycloak username, with their groups: a teacher sees and completes
 * their own task only. Signing out of Shamy, or out of Tasklist with its own "Log out", ends the Keycloak
 * session too; a wrong password never leaves Keycloak's page. While Keycloak is stopped, tokens issued before
 * keep working, a new sign-in lands on Shamy's page saying so, and Shamy keeps serving; once Keycloak is back,
 * sign-in works again. Real Keycloak, real headless Chromium. (The outage is here rather than in a class of
 * its own because every class in keycloak mode costs a Spring context, and this one has the chromium.browser().)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:kc-browser;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=true",
        "camunda.bpm.job-execution.enabled=false",
        // keys expire from the cache within the outage test, which so checks they outlive it (outage tolerance)
        "shamy.keycloak.keys.cache-time-to-live=" + KeycloakBrowserSignInIntegrationTests.KEY_CACHE_SECONDS + "s"})
@WithSharedKeycloak
class KeycloakBrowserSignInIntegrationTests {

    static final int KEY_CACHE_SECONDS = 1;

    private static final KeycloakServer keycloak = KeycloakServer.shared();
    private static final KeycloakAdmin realmAdmin = new KeycloakAdmin(keycloak);
    private static final KeycloakTokens tokens = new KeycloakTokens(keycloak);
    private static final String UNAVAILABLE_EN = "Shamy cannot reach the sign-in service (Keycloak) right now";
    private static final String UNAVAILABLE_RU = "Shamy не может связаться со службой входа (Keycloak)";
    private static final By KEYCLOAK_LOGIN_FORM = By.id("kc-form-login");
    /** Where Keycloak's login theme (keycloak.v2) shows "Invalid username or password." */
    private static final By KEYCLOAK_LOGIN_ERROR = By.id("input-error-username");

    @LocalServerPort
    int port;

    @Autowired
    DevelopmentProjects projects;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .cookieHandler(new CookieManager()).build();

    @BeforeEach
    void allowThisPortInTheRealm() {
        // the realm file knows http://localhost:8080 only; this run's port is added to the running realm
        realmAdmin.allowWebSignInAt(url(""));
    }

    @Test
    void teacherSignsInOnKeycloaksPageAndCompletesTheirOwnTaskInTasklist() {
        chromium.browser().get(url("/camunda/app/tasklist/"));
        assertOnKeycloakLoginPage();

        signInOnKeycloak("teacher3", "demo");

        chromium.waiting().until(ExpectedConditions.urlContains(url("/camunda/app/tasklist/")));
        WebElement task = chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Clarify my values")));
        List<String> visible = chromium.browser().findElements(By.cssSelector(".tasks-list h4 a, .task h4 a")).stream()
                .map(WebElement::getText).toList();
        // teacher2 is leading their development work: not teacher3's to see
        assertThat(chromium.browser().getPageSource()).doesNotContain("Lead the development work");
        assertThat(visible).isNotEmpty().allMatch(name -> name.equals("Clarify my values"));

        task.click();
        WebElement answer = chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea")));
        answer.sendKeys("Ауыл мектебінде әр оқушының өз ойын еркін айтуы маған маңызды.");
        chromium.browser().findElement(By.xpath("//button[normalize-space()='Complete']")).click();

        chromium.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.linkText("Clarify my values")));
        assertThat(projects.stageOf("teacher3")).contains(ProjectStage.IDENTIFY_CONCERN);
        assertThat(projects.latestOf("teacher3").orElseThrow().valuesStatement())
                .contains("әр оқушының өз ойын");
    }

    @Test
    void signingOutOfShamyEndsTheKeycloakSessionToo() {
        chromium.browser().get(url("/"));
        assertOnKeycloakLoginPage();
        signInOnKeycloak("teacher4", "demo");
        WebElement signOut = chromium.waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("form[action$='/logout'] button")));
        // home, as asked (Spring's request cache marks the replayed request with "?continue")
        assertThat(chromium.browser().getCurrentUrl()).matches(Pattern.quote(url("/")) + "(\\?continue)?");
        assertThat(realmAdmin.sessionsOf("teacher4")).isPositive();

        signOut.click();

        // back home through Keycloak's end-session endpoint; home asks for a sign-in again
        assertOnKeycloakLoginPage();
        assertThat(realmAdmin.sessionsOf("teacher4")).isZero();
        chromium.browser().get(url("/camunda/app/tasklist/"));
        assertOnKeycloakLoginPage();
        assertThat(chromium.browser().findElement(By.id("username")).getAttribute("value")).isEmpty();
    }

    @Test
    void wrongPasswordStaysOnKeycloaksPageWithItsError() {
        chromium.browser().get(url("/camunda/app/tasklist/"));
        assertOnKeycloakLoginPage();

        signInOnKeycloak("teacher5", "not-demo");

        WebElement error = chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(KEYCLOAK_LOGIN_ERROR));
        assertThat(error.getText()).contains("Invalid username or password");
        assertThat(chromium.browser().getCurrentUrl()).startsWith(keycloak.issuer() + "/");
        assertThat(chromium.browser().findElements(KEYCLOAK_LOGIN_FORM)).isNotEmpty();
        chromium.browser().get(url("/camunda/app/tasklist/"));
        assertOnKeycloakLoginPage();
    }

    @Test
    void loggingOutOfTasklistEndsTheKeycloakSessionToo() {
        chromium.browser().get(url("/camunda/app/tasklist/"));
        assertOnKeycloakLoginPage();
        signInOnKeycloak("teacher6", "demo");
        chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account > a.dropdown-toggle")))
                .click();
        assertThat(realmAdmin.sessionsOf("teacher6")).isPositive();

        // Tasklist's own menu entry, which posts to Camunda's logout in the background
        chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.logout > a"))).click();

        chromium.waiting().until(driver -> realmAdmin.sessionsOf("teacher6") == 0);
        chromium.browser().get(url("/camunda/app/tasklist/"));
        assertOnKeycloakLoginPage();
        assertThat(chromium.browser().findElement(By.id("username")).getAttribute("value")).isEmpty();
        assertThat(chromium.browser().getPageSource()).doesNotContain("Clarify my values");
    }

    @Test
    void loginIsShamysWayToKeycloaksLoginPage() {
        chromium.browser().get(url("/login"));

        assertOnKeycloakLoginPage();
    }

    @Test
    void duringAKeycloakOutageTokensKeepWorkingSignInSaysSoAndAfterItSignInWorksAgain() throws Exception {
        String issuedBefore = tokens.signIn("teacher1", "demo");
        // Shamy fetches the realm's signing keys on this first call
        assertThat(api("/engine-rest/task", issuedBefore).statusCode()).isEqualTo(200);
        Instant keysFetched = Instant.now();

        keycloak.whileStopped(() -> {
            HttpResponse<String> signIn = page("/camunda/app/tasklist/", "ru");
            assertThat(signIn.uri().getPath()).isEqualTo("/sign-in/unavailable");
            assertThat(signIn.statusCode()).isEqualTo(503);
            assertThat(signIn.body()).contains(UNAVAILABLE_RU).doesNotContain("Whitelabel")
                    .doesNotContain("Exception");
            chromium.browser().get(url("/camunda/app/tasklist/"));
            chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), UNAVAILABLE_EN));
            assertThat(chromium.browser().getCurrentUrl()).isEqualTo(url("/sign-in/unavailable"));

            // the node stays in the load balancer's pool: signed-in people go on working
            HttpResponse<String> readiness = send(HttpRequest.newBuilder(URI.create(url("/readyz"))).build());
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"status\":\"DEGRADED\"");

            // once the keys' cache time has run out, what carries the token is the outage tolerance
            // the other steps usually take longer already
            await().atMost(Duration.ofSeconds(KEY_CACHE_SECONDS + 30))
                    .until(() -> Instant.now().isAfter(keysFetched.plusSeconds(KEY_CACHE_SECONDS)));
            assertThat(api("/engine-rest/task", issuedBefore).statusCode()).isEqualTo(200);
            assertThat(api("/api/search?q=reading", issuedBefore).statusCode()).isEqualTo(200);
        });

        // the same realm keys after the restart: the token from before still verifies, new ones too
        assertThat(api("/engine-rest/task", issuedBefore).statusCode()).isEqualTo(200);
        assertThat(api("/engine-rest/task", tokens.signIn("teacher2", "demo")).statusCode()).isEqualTo(200);
        chromium.browser().get(url("/camunda/app/tasklist/"));
        assertOnKeycloakLoginPage();
        signInOnKeycloak("teacher1", "demo");
        chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account > a.dropdown-toggle")));
        assertThat(chromium.browser().getCurrentUrl()).startsWith(url("/camunda/app/tasklist/"));
    }

    private HttpResponse<String> api(String path, String bearer) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + bearer)
                .timeout(Duration.ofSeconds(30)).build());
    }

    private HttpResponse<String> page(String path, String language) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html,application/xhtml+xml")
                .header("Accept-Language", language).timeout(Duration.ofSeconds(30)).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keycloak's own login form for the shamy realm, not a page of Shamy's. */
    private void assertOnKeycloakLoginPage() {
        chromium.waiting().until(ExpectedConditions.presenceOfElementLocated(KEYCLOAK_LOGIN_FORM));
        assertThat(chromium.browser().getCurrentUrl()).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth")
                .contains("client_id=shamy-web").contains("code_challenge_method=S256");
    }

    private void signInOnKeycloak(String username, String password) {
        chromium.browser().findElement(By.id("username")).sendKeys(username);
        chromium.browser().findElement(By.id("password")).sendKeys(password);
        chromium.browser().findElement(By.id("kc-login")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
