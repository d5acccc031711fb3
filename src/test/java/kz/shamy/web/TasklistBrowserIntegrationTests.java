package kz.shamy.web;

import kz.shamy.web.internal.SecurityHeaders;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.circle.ProjectStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A teacher signs in on Shamy's login page, finds their task in Camunda Tasklist, fills in its Camunda
 * Form and completes it, in a real headless Chromium (Debian's chromium and chromedriver). What the
 * form said lands in Shamy's tables and the project moves on a stage. Tasklist's own "Log out" signs them
 * out of Shamy as well.
 */
// A context of its own (no other test class has these properties): the webapps and the engine REST API find the
// engine by name in Camunda's static registry, where the newest context's engine stands, so a test that goes through
// them must not reuse a context cached from before another one started.
// a context of its own: teacher3 completes their demo task in Tasklist, and the tests sharing
// ShamyIntegrationTest's context read teacher3 at that task
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:tasklist-browser;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=true",
        "camunda.bpm.job-execution.enabled=false"})
class TasklistBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    DevelopmentProjects projects;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void teacherCompletesTheirOwnTaskInTasklistAndSeesNoOneElses() {
        signIn("teacher3");
        chromium.browser().get(url("/camunda/app/tasklist/"));

        WebElement task = chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Clarify my values")));
        List<String> visible = chromium.browser().findElements(By.cssSelector(".tasks-list h4 a, .task h4 a")).stream()
                .map(WebElement::getText).toList();
        // teacher2 is leading their work and teacher1's plan is under review: neither shows here
        assertThat(chromium.browser().getPageSource()).doesNotContain("Lead the development work").doesNotContain("Review");
        assertThat(visible).allMatch(name -> name.equals("Clarify my values"));

        task.click();
        WebElement answer = chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("textarea")));
        answer.sendKeys("Шағын ауыл мектебінде әр баланың оқуға қызығушылығын ояту маған маңызды.");
        chromium.browser().findElement(By.xpath("//button[normalize-space()='Complete']")).click();

        // Tasklist empties its list while it reloads it: the completion is done when the project has moved on
        chromium.waiting().until(driver -> projects.stageOf("teacher3").filter(ProjectStage.IDENTIFY_CONCERN::equals)
                .isPresent());
        chromium.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.linkText("Clarify my values")));
        assertThat(projectOf("teacher3").valuesStatement()).contains("әр баланың оқуға қызығушылығын");
    }

    @Test
    void facilitatorOpensThePlanUnderReviewFromTheReviewForm() {
        signIn("facilitator1");
        chromium.browser().get(url("/camunda/app/tasklist/"));
        chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Review the development plan")))
                .click();

        DevelopmentProject project = projectOf("teacher1");
        WebElement link = chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("a[href$='/projects/" + project.id() + "']")));
        chromium.browser().get(link.getAttribute("href"));

        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main.project")));
        assertThat(chromium.browser().findElement(By.cssSelector("main.project")).getText())
                .contains(project.teacher(), "Round 1");
        String firstLine = projects.plans(project.id()).get(0).getText().lines().findFirst().orElseThrow();
        assertThat(chromium.browser().findElement(By.cssSelector("section.plans")).getText()).contains(firstLine);
    }

    @Test
    void wrongPasswordKeepsTheTeacherOnTheLoginPage() {
        chromium.browser().get(url("/login"));
        // not an account another test signs in with: wrong passwords count per account and address (SignInThrottle)
        chromium.browser().findElement(By.name("username")).sendKeys("teacher5");
        chromium.browser().findElement(By.name("password")).sendKeys("not-demo");
        chromium.browser().findElement(By.cssSelector("button[type=submit]")).click();

        chromium.waiting().until(ExpectedConditions.urlContains("/login?error"));
        assertThat(chromium.browser().findElement(By.cssSelector(".error")).getText()).isNotBlank();
        // Shamy's stylesheet applies under the page's Content-Security-Policy (SecurityHeaders)
        assertThat(chromium.browser().findElement(By.cssSelector(".error")).getCssValue("color"))
                .isEqualTo("rgba(164, 0, 0, 1)");
        chromium.browser().get(url("/camunda/app/tasklist/"));
        chromium.waiting().until(ExpectedConditions.urlContains("/login"));
    }

    @Test
    void loggingOutOfTasklistEndsShamysSessionToo() {
        signIn("teacher6");
        chromium.browser().get(url("/camunda/app/tasklist/"));
        chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.account > a.dropdown-toggle")))
                .click();

        // Tasklist's own menu entry, which posts to Camunda's logout in the background
        chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.logout > a"))).click();

        // without Shamy's part in it, the session would sign teacher6 straight back in here
        chromium.waiting().until(driver -> {
            driver.get(url("/"));
            return driver.getCurrentUrl().contains("/login");
        });
        chromium.browser().get(url("/camunda/app/tasklist/"));
        chromium.waiting().until(ExpectedConditions.urlContains("/login"));
        assertThat(chromium.browser().getPageSource()).doesNotContain("Write the project report");
    }

    private DevelopmentProject projectOf(String teacher) {
        return projects.latestOf(teacher).orElseThrow();
    }

    private void signIn(String username) {
        chromium.browser().get(url("/login"));
        chromium.browser().findElement(By.name("username")).sendKeys(username);
        chromium.browser().findElement(By.name("password")).sendKeys("demo");
        chromium.browser().findElement(By.cssSelector("button[type=submit]")).click();
        chromium.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
