package kz.shamy.circle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kz.shamy.search.SimilarReports;
import kz.shamy.web.AxeCheck;
import kz.shamy.web.HeadlessChromium;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Past projects while a teacher plans (issue 14): teacher5 of the demo circles, identifying her concern, writes it
 * in Kazakh on her task page in headless Chromium, and the panel beside the form offers the published reports most
 * like it, from the demo archive, in Kazakh and in the other languages, each with a link and a marked passage;
 * nothing she typed is saved. Her home page offers them too, and only while she plans. The panel's address takes
 * only a signed-in page's post with its CSRF token, and refuses a text longer than a form field allows.
 */
// a context of its own: it needs teacher5 still identifying her concern, and a test sharing ShamyIntegrationTest's
// context (TaskHolderWritesIntegrationTests) completes that task
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:past-projects-${random.uuid};DB_CLOSE_DELAY=-1",
        "shamy.demo-data=true", "shamy.demo-circles=true", "shamy.demo-reports=true",
        "camunda.bpm.job-execution.enabled=false"})
@AutoConfigureMockMvc
class PastProjectsBrowserIntegrationTests {

    /** A concern as a village primary teacher might write it: reading aloud without understanding. */
    static final String CONCERN_KK = "Бастауыш сыныптағы оқушыларым мәтінді дауыстап оқи алғанымен, оқығанын"
            + " түсінбейді және мазмұнын айтып бере алмайды. Сабақтан тыс кітап оқуға қызығушылығы төмен,"
            + " үйде ата-анасымен бірге кітап оқымайды.";
    private static final RequestPostProcessor TEACHER5 = user("teacher5").roles("TEACHER");

    @RegisterExtension final HeadlessChromium chromium = new HeadlessChromium();

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TaskService tasks;
    @Autowired DevelopmentProjects projects;
    @Autowired SimilarReports similar;

    @BeforeEach
    void theArchiveIsSearchable() {
        await().atMost(Duration.ofSeconds(60)).until(() -> !similar.like("оқу кітап мектеп", 1).isEmpty());
    }

    @Test
    void aTeacherWritingHerConcernInKazakhIsOfferedPastProjectsInEveryLanguage() throws IOException {
        WebDriver browser = chromium.browser();
        chromium.signIn(url(""), "teacher5");
        String taskId = tasks.createTaskQuery().taskAssignee("teacher5").taskDefinitionKey("IdentifyConcern")
                .singleResult().getId();
        browser.get(url("/tasks/" + taskId + "?lang=kk"));
        WebElement panel = browser.findElement(By.id("past-projects"));
        assertThat(panel.findElement(By.tagName("h2")).getText()).isEqualTo("Сіздікіне ұқсас бұрынғы жобалар");

        browser.findElement(By.name("concern")).sendKeys(CONCERN_KK);
        chromium.waiting().until(ExpectedConditions.attributeToBeNotEmpty(panel, "data-asked"));

        List<WebElement> offered = panel.findElements(By.cssSelector(".past-projects-list li"));
        assertThat(offered).hasSizeBetween(3, 5);
        List<String> languages = offered.stream()
                .map(li -> li.findElement(By.tagName("a")).getAttribute("lang")).toList();
        List<String> titles = offered.stream().map(li -> li.findElement(By.tagName("a")).getText()).toList();
        assertThat(languages).as(titles.toString()).contains("kk").containsAnyOf("ru", "en");
        // on her topic, reading (in any script or language): the first offer and most of the others
        assertThat(titles.get(0)).as(titles.toString()).satisfies(PastProjectsBrowserIntegrationTests::onReading);
        assertThat(titles.stream().filter(PastProjectsBrowserIntegrationTests::isOnReading).count())
                .as(titles.toString()).isGreaterThanOrEqualTo(3);
        assertThat(offered).allSatisfy(li -> assertThat(li.findElement(By.tagName("a")).getAttribute("href"))
                .matches(".*/reports/\\d+"));
        assertThat(panel.findElements(By.cssSelector(".passage mark"))).isNotEmpty();
        Path shot = Path.of("target", "screenshots", "past-projects-teacher5-kk.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        // a link opens the report
        String title = titles.get(0);
        offered.get(0).findElement(By.tagName("a")).click();
        chromium.waiting().until(ExpectedConditions.urlMatches(".*/reports/\\d+"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);

        // what she typed stays hers: not saved, the task still open
        assertThat(projects.latestOf("teacher5").orElseThrow().concern()).isNull();
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult()).isNotNull();
    }

    @Test
    void thePanelHasNoSeriousOrCriticalViolationAndNoSidewaysScrollOnAPhone() {
        chromium.signIn(url(""), "teacher5");
        String taskId = tasks.createTaskQuery().taskAssignee("teacher5").taskDefinitionKey("IdentifyConcern")
                .singleResult().getId();
        // the panel as drawn for what she saved (her values), on her task page and her home page
        List<AxeCheck.Page> pages = List.of(new AxeCheck.Page("past-projects-task-kk", "/tasks/" + taskId + "?lang=kk"),
                new AxeCheck.Page("past-projects-home-ru", "/?lang=ru"));
        AxeCheck axe = new AxeCheck(chromium.browser(), url(""));

        List<String> problems = axe.problems(pages);
        assertThat(chromium.browser().findElements(By.id("past-projects"))).hasSize(1);
        assertThat(problems).as("axe-core's serious and critical violations:\n" + String.join("\n", problems)).isEmpty();
        assertThat(axe.sidewaysScroll(pages)).isEmpty();
    }

    @Test
    void herHomePageOffersThemWhileSheIdentifiesHerConcernAndNobodyElsesDoes() throws Exception {
        mvc.perform(get("/").param("lang", "ru").with(TEACHER5))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"past-projects\""),
                        containsString("Похожие проекты прошлых лет"), containsString("href=\"/reports/"))));
        // a teacher leading her work, a facilitator, staff: no panel
        for (RequestPostProcessor other : List.of(user("teacher2").roles("TEACHER"),
                user("facilitator1").roles("FACILITATOR"), user("staff1").roles("STAFF"))) {
            mvc.perform(get("/").with(other)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("id=\"past-projects\""))));
        }
    }

    @Test
    void thePanelsAddressTakesASignedInPagesPostAndRefusesATextTooLong() throws Exception {
        mvc.perform(post("/search/like").param("text", CONCERN_KK).with(TEACHER5).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("past-projects-list"), containsString("<mark>"))));
        // no CSRF token: refused, as any form post of Shamy's
        mvc.perform(post("/search/like").param("text", CONCERN_KK).with(TEACHER5)).andExpect(status().isForbidden());
        // not signed in: to the sign-in page, nothing listed
        mvc.perform(post("/search/like").param("text", CONCERN_KK).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/search/like").param("lang", "kk").param("text", "а".repeat(SimilarReports.MAX_TEXT + 1))
                        .with(TEACHER5).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Мәтін 20")));
        mvc.perform(post("/search/like").param("lang", "en").param("text", "  ").with(TEACHER5).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("No published report is like it yet"),
                        not(containsString("<li")))));
    }

    private static boolean isOnReading(String title) {
        String t = title.toLowerCase();
        return List.of("оқу", "oqu", "кітап", "kıtap", "чтени", "читат", "reading").stream().anyMatch(t::contains);
    }

    private static void onReading(String title) {
        assertThat(isOnReading(title)).as(title + " is on reading").isTrue();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
