package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;

import kz.shamy.ShamyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A teacher who reads Shamy in Kazakh or Russian finds Tasklist in the same language, in a real headless Chromium
 * whose own language is English: no "migrate to Camunda 8" banner, and neither "Start process" nor "Create task".
 * (The same context as TasklistBrowserIntegrationTests.)
 */
@ShamyIntegrationTest
class TasklistLanguageBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();

    @Test
    void aTeacherReadingShamyInKazakhFindsTasklistInKazakh() {
        String page = tasklistIn("kk", "Пернетақта тіркесімдері");

        assertThat(page).contains("Тізімнен тапсырманы таңдаңыз.", "Күні мен уақыты жергілікті уақыт белдеуінде көрсетілген:")
                .doesNotContain("Select a task in the list.", "Keyboard Shortcuts");
        assertThat(chromium.browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("kk");
        assertNothingOfCamunda8NorStartingNorCreating(page, "Процесті бастау", "Тапсырма құру");
    }

    @Test
    void aTeacherReadingShamyInRussianFindsTasklistInRussian() {
        String page = tasklistIn("ru", "Сочетания клавиш");

        assertThat(page).contains("Выберите задачу в списке.", "Дата и время показаны в местном часовом поясе:")
                .doesNotContain("Select a task in the list.", "Keyboard Shortcuts");
        assertNothingOfCamunda8NorStartingNorCreating(page, "Запустить процесс", "Создать задачу");
    }

    /** teacher1 signs in, chooses the language on Shamy's page, opens Tasklist and waits for its navbar. */
    private String tasklistIn(String language, String shortcutsInThatLanguage) {
        chromium.browser().get(url("/login?lang=" + language));
        chromium.browser().findElement(By.name("username")).sendKeys("teacher1");
        chromium.browser().findElement(By.name("password")).sendKeys("demo");
        chromium.browser().findElement(By.cssSelector("button[type=submit]")).click();
        chromium.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        chromium.browser().get(url("/camunda/app/tasklist/"));
        // Tasklist's navbar actions are drawn (its keyboard-shortcut help among them): any others would be there too
        chromium.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("li.shortcut-help"),
                shortcutsInThatLanguage));
        chromium.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("footer #footer-timezone")));
        return chromium.browser().findElement(By.tagName("body")).getText();
    }

    private void assertNothingOfCamunda8NorStartingNorCreating(String page, String startProcess, String createTask) {
        assertThat(page).doesNotContain("Camunda 8", startProcess, createTask, "Start process", "Create task");
        assertThat(chromium.browser().findElements(By.cssSelector(".ce-eol-banner")))
                .allSatisfy(banner -> assertThat(banner.isDisplayed()).isFalse());
        assertThat(chromium.browser().findElements(By.cssSelector(".start-process-action, .create-task-action")))
                .isEmpty();
        WebElement navbar = chromium.browser().findElement(By.cssSelector("[cam-widget-header]"));
        assertThat(navbar.getText()).isNotBlank();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
