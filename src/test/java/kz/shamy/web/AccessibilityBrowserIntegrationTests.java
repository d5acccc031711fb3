package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.circle.DevelopmentProjects;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every Shamy page, as each kind of person opens it, in a real headless Chromium at 360 px and 1280 px: axe-core finds
 * no serious or critical violation, and no page scrolls sideways on a 360 px phone. Screenshots are kept under
 * {@code target/a11y/}. A new page goes into {@link #pagesOf}, under the person who opens it.
 */
@ShamyIntegrationTest
class AccessibilityBrowserIntegrationTests {

    private static final String NO_HITS = "zzqxw";
    private static final String ANONYMOUS = "not signed in";

    @LocalServerPort
    int port;

    @Autowired
    DevelopmentProjects projects;

    @Autowired
    TaskService tasks;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();

    /** The pages {@code person} opens (null: someone not signed in); each in Kazakh unless its address says else. */
    private List<AxeCheck.Page> pagesOf(String person) {
        long project = projects.latestOf("teacher1").orElseThrow().id();
        List<AxeCheck.Page> pages = new ArrayList<>();
        if (person == null) {
            pages.add(new AxeCheck.Page("login", "/login?lang=kk"));
            pages.add(new AxeCheck.Page("login-error-ru", "/login?error&lang=ru"));
            return pages;
        }
        pages.add(new AxeCheck.Page(person + "-home", "/?lang=kk"));
        switch (person) {
            case "teacher1" -> {
                pages.add(new AxeCheck.Page("search-results", "/search?q=" + "мектеп"));
                pages.add(new AxeCheck.Page("search-no-hits-ru", "/search?lang=ru&q=" + NO_HITS + "&subject=Химия"));
                pages.add(new AxeCheck.Page("report", firstReport()));
                pages.add(new AxeCheck.Page("project", "/projects/" + project + "?lang=kk"));
                pages.add(new AxeCheck.Page("report-404", "/reports/999999"));
                pages.add(new AxeCheck.Page("project-404", "/projects/999999"));
                pages.add(new AxeCheck.Page("search-400", "/search?page=-1"));
                pages.add(new AxeCheck.Page("tasks", "/tasks?lang=kk"));
                pages.add(new AxeCheck.Page("notification-settings", "/settings/notifications?lang=kk"));
                pages.add(new AxeCheck.Page("my-programme", "/my-programme?lang=kk"));
                pages.add(new AxeCheck.Page("certificates", "/certificates?lang=kk"));
                pages.add(new AxeCheck.Page("verify-unknown", "/verify/NOSUCHCODE0000000?lang=ru"));
            }
            case "teacher3" -> pages.add(new AxeCheck.Page("teacher-task-kk", "/tasks/" + openTask("teacher3") + "?lang=kk"));
            case "facilitator1" -> {
                pages.add(new AxeCheck.Page("facilitator-project-ru", "/projects/" + project + "?lang=ru"));
                pages.add(new AxeCheck.Page("facilitator-tasks-ru", "/tasks?lang=ru"));
                pages.add(new AxeCheck.Page("facilitator-dashboard-ru", "/dashboard/facilitator?lang=ru"));
                pages.add(new AxeCheck.Page("facilitator-review-ru", "/tasks/" + openTask("facilitator1") + "?lang=ru"));
            }
            case "admin" -> {
                pages.add(new AxeCheck.Page("admin-search-en", "/search?lang=en"));
                pages.add(new AxeCheck.Page("admin-dashboard", "/dashboard/admin?lang=kk"));
                pages.add(new AxeCheck.Page("admin-certificates", "/certificates?lang=ru"));
            }
            default -> {
                // assessors and staff: their home page, which says why it has no circle to show
            }
        }
        return pages;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"teacher1", "teacher3", "facilitator1", "admin", "assessor1", "staff1"})
    void everyPageOfThePersonHasNoSeriousOrCriticalViolationOnAPhoneOrADesktop(String person) {
        signIn(person);
        List<String> problems = new AxeCheck(chromium.browser(), url("")).problems(pagesOf(person));

        assertThat(problems).as("axe-core's serious and critical violations:\n" + String.join("\n", problems)).isEmpty();
    }

    @Test
    void theSignInPagesHaveNoSeriousOrCriticalViolation() {
        List<String> problems = new AxeCheck(chromium.browser(), url("")).problems(pagesOf(null));

        assertThat(problems).as("axe-core's serious and critical violations:\n" + String.join("\n", problems)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ANONYMOUS, "teacher1", "teacher3", "facilitator1", "admin", "assessor1", "staff1"})
    void noPageScrollsSidewaysOnA360PxPhone(String person) {
        boolean signedIn = !person.equals(ANONYMOUS);
        if (signedIn) {
            signIn(person);
        }
        List<String> wide = new AxeCheck(chromium.browser(), url("")).sidewaysScroll(pagesOf(signedIn ? person : null));

        assertThat(wide).as(String.join("\n", wide)).isEmpty();
    }

    /** The id of one task the person holds. */
    private String openTask(String assignee) {
        return tasks.createTaskQuery().taskAssignee(assignee).listPage(0, 1).get(0).getId();
    }

    /** A published demo report's page, once the demo archive is searchable. */
    private String firstReport() {
        String[] href = new String[1];
        chromium.waiting().until(driver -> {
            driver.get(url("/search"));
            var hits = driver.findElements(By.cssSelector("article.hit h2 a"));
            if (hits.isEmpty()) {
                return false;
            }
            href[0] = hits.get(0).getAttribute("href");
            return true;
        });
        return href[0].substring(url("").length()) + "?lang=kk";
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
