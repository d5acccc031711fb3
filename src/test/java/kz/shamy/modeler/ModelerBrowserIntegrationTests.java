package kz.shamy.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.circle.DevelopmentProject;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.web.HeadlessChromium;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The administrator's journey through the modeler in a real headless Chromium: the list of models, a draft of
 * development-work's latest version, a reminder added to the task teacher1's instance waits at (a non-interrupting
 * timer on the task leading to a service task made from the element template {@code kz.shamy.remindTaskHolders}),
 * Check, Deploy, the new version in the list, and the migration of the running instances, followed by the engine's
 * and Shamy's own view of teacher1's instance: same task, same assignee, same variables, same project records.
 * A teacher is refused the modeler's pages and API. Screenshots of each step go to target/screenshots/modeler-*.png.
 * <p>
 * {@code @DirtiesContext}: the journey deploys a new version of development-work and moves the demo's running
 * instances to it, which every later test sharing this context would see; the context is closed after this class,
 * so they start from the demo as it was.
 */
@ShamyIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ModelerBrowserIntegrationTests {

    private static final String PROCESS = "development-work";
    private static final String TEMPLATE = "kz.shamy.remindTaskHolders";

    @LocalServerPort
    int port;

    @RegisterExtension
    final HeadlessChromium chromium = new HeadlessChromium();

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    DevelopmentProjects projects;

    @Test
    void anAdministratorAddsAReminderDeploysItAndMovesATeachersRunningWorkToTheNewVersion() {
        // a demo teacher whose development work waits at a task of their own (not at their facilitator's review)
        DevelopmentProject project = IntStream.rangeClosed(1, 6).mapToObj(n -> "teacher" + n)
                .map(teacher -> projects.latestOf(teacher).orElse(null)).filter(Objects::nonNull)
                .filter(candidate -> tasks.createTaskQuery().processInstanceId(candidate.processInstanceId())
                        .taskAssignee(candidate.teacher()).active().count() == 1)
                .findFirst().orElseThrow();
        String instance = project.processInstanceId();
        Task task = tasks.createTaskQuery().processInstanceId(instance).taskAssignee(project.teacher()).active()
                .singleResult();
        Map<String, Object> variables = runtime.getVariables(instance);
        int plans = projects.plans(project.id()).size();
        int evidence = projects.evidence(project.id()).size();
        ProcessDefinition before = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult();

        signIn("admin");
        openModels();
        assertThat(latestVersionShown()).isEqualTo(before.getVersion());
        keepScreenshot("modeler-1-models");

        // open the latest version: /modeler/new creates a draft and opens its editor
        versionRow(before.getVersion()).findElement(By.cssSelector("a.open-version")).click();
        chromium.waiting().until(ExpectedConditions.urlMatches(".*/modeler/drafts/[^/]+$"));
        chromium.waiting().until(ExpectedConditions.attributeToBe(By.tagName("main"), "data-state", "ready"));
        assertThat(js().executeScript("return !!document.querySelector('#canvas .bjs-powered-by')"))
                .as("the bpmn.io watermark").isEqualTo(true);
        assertThat(js().executeScript("return !!document.querySelector('#properties .bio-properties-panel')"))
                .as("the properties panel").isEqualTo(true);
        assertThat(find("main").getAttribute("data-csp-violations"))
                .as("refused by the page's policy: %s", find("main").getAttribute("data-csp-last")).isNull();
        keepScreenshot("modeler-2-editor");

        Object applied = js().executeScript(ADD_REMINDER, task.getTaskDefinitionKey(), TEMPLATE);
        assertThat(applied).as("the template applied to the reminder's service task").isEqualTo(TEMPLATE);
        keepScreenshot("modeler-3-reminder");

        click("check");
        chromium.waiting().until(ExpectedConditions.attributeToBeNotEmpty(find("#check-result"), "data-ok"));
        assertThat(find("#check-result").getAttribute("data-ok"))
                .as("the check's problems: %s", find("#problems").getText()).isEqualTo("true");
        keepScreenshot("modeler-4-checked");

        click("deploy");
        chromium.waiting().until(ExpectedConditions.attributeToBeNotEmpty(find("#deploy-result"), "data-version"));
        assertThat(find("#deploy-result").getAttribute("data-changed")).isEqualTo("true");
        assertThat(find("#deploy-result").getAttribute("data-version")).isEqualTo(String.valueOf(before.getVersion() + 1));
        keepScreenshot("modeler-5-deployed");

        openModels();
        assertThat(latestVersionShown()).isEqualTo(before.getVersion() + 1);
        keepScreenshot("modeler-6-new-version");

        // the migration page from the old version, which teacher1's instance runs on
        chromium.browser().get(url("/modeler/processes/" + PROCESS + "/migration?from=" + before.getId()));
        chromium.waiting().until(ExpectedConditions.attributeToBe(By.tagName("main"), "data-state", "planned"));
        WebElement row = find("tr[data-instance='" + instance + "']");
        assertThat(row.getAttribute("data-can-move")).as(row.getText()).isEqualTo("true");
        assertThat(row.getText()).contains(task.getName());
        keepScreenshot("modeler-7-plan");

        find("#migration-run").click();
        // the tests run without the job executor: the batch's jobs run here, as the executor would run them
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            runBatchJobs();
            return "true".equals(find("#migration-progress").getAttribute("data-done"));
        });
        assertThat(find("#migration-progress").getAttribute("data-failed")).isEqualTo("0");
        keepScreenshot("modeler-8-migrated");

        ProcessDefinition after = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS)
                .latestVersion().singleResult();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult()
                .getProcessDefinitionId()).isEqualTo(after.getId());
        Task moved = tasks.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(moved.getProcessDefinitionId()).isEqualTo(after.getId());
        assertThat(moved.getAssignee()).isEqualTo(task.getAssignee()).isEqualTo(project.teacher());
        assertThat(moved.getTaskDefinitionKey()).isEqualTo(task.getTaskDefinitionKey());
        assertThat(runtime.getVariables(instance)).isEqualTo(variables);
        DevelopmentProject still = projects.boundTo(instance);
        assertThat(still.id()).isEqualTo(project.id());
        assertThat(still.stage()).isEqualTo(project.stage());
        assertThat(still.teacher()).isEqualTo(project.teacher());
        assertThat(projects.plans(project.id())).hasSize(plans);
        assertThat(projects.evidence(project.id())).hasSize(evidence);
        assertThat(find("main").getAttribute("data-csp-violations")).as("refused by the page's policy").isNull();
    }

    @Test
    void aTeacherIsRefusedTheModelersPagesAndApi() {
        signIn("teacher1");

        for (String path : List.of("/modeler", "/modeler/new?kind=bpmn&key=development-work&version=1",
                "/modeler/processes/development-work/migration", "/api/modeler/models")) {
            assertThat(statusOf(path)).as(path).isEqualTo(403);
        }
        chromium.browser().get(url("/modeler"));
        assertThat(chromium.browser().findElements(By.id("models"))).isEmpty();
        keepScreenshot("modeler-9-teacher-refused");
    }

    @Test
    void theModelersListAndItsBundleLoadForAnAdministratorWithinThePagesPolicy() {
        signIn("admin");
        chromium.browser().get(url("/modeler"));
        // the script ran: it showed the list, or said why the API refused it
        chromium.waiting().until(driver -> "true".equals(find("#models").getAttribute("data-loaded"))
                || find("#models-status").getAttribute("data-failed") != null);
        assertThat(js().executeScript("return document.querySelectorAll('script[type=module]').length"))
                .isEqualTo(1L);
        assertThat(find("main").getAttribute("data-csp-violations")).as("refused by the page's policy").isNull();
        assertThat(statusOf("/modeler")).isEqualTo(200);
    }

    /** Adds a non-interrupting timer to the task, leading to a service task from the template, then an end. */
    private static final String ADD_REMINDER = """
            const [taskId, templateId] = arguments;
            const m = window.shamyModeler;
            const registry = m.get('elementRegistry'), modeling = m.get('modeling');
            const factory = m.get('elementFactory'), moddle = m.get('moddle');
            const templates = m.get('elementTemplates');
            const task = registry.get(taskId);
            const timer = modeling.createShape(
              factory.createShape({ type: 'bpmn:BoundaryEvent', eventDefinitionType: 'bpmn:TimerEventDefinition' }),
              { x: task.x + task.width / 2, y: task.y + task.height }, task, { attach: true });
            modeling.updateProperties(timer, { name: 'Three days without progress', cancelActivity: false });
            modeling.updateModdleProperties(timer, timer.businessObject.eventDefinitions[0], {
              timeDuration: moddle.create('bpmn:FormalExpression', { body: 'P3D' }) });
            const service = modeling.appendShape(timer, { type: 'bpmn:ServiceTask' },
              { x: timer.x + 140, y: timer.y + 120 });
            // the newest version of the template (get(id) alone finds only a template without a version)
            const template = templates.getLatest(templateId)[0];
            const reminder = templates.applyTemplate(service, template);
            modeling.updateProperties(reminder, { name: 'Remind the task holders' });
            const end = modeling.appendShape(reminder, { type: 'bpmn:EndEvent' },
              { x: reminder.x + reminder.width + 100, y: reminder.y + reminder.height / 2 });
            modeling.updateProperties(end, { name: 'Reminded' });
            return reminder.businessObject.get('camunda:modelerTemplate');
            """;

    private void runBatchJobs() {
        for (Batch batch : management.createBatchQuery().list()) {
            for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                    batch.getMonitorJobDefinitionId())) {
                for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
                    management.executeJob(job.getId());
                }
            }
        }
    }

    private void signIn(String username) {
        chromium.browser().get(url("/login"));
        chromium.browser().findElement(By.name("username")).sendKeys(username);
        chromium.browser().findElement(By.name("password")).sendKeys("demo");
        chromium.browser().findElement(By.cssSelector("button[type=submit]")).click();
        chromium.waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void openModels() {
        chromium.browser().get(url("/modeler?lang=en"));
        chromium.waiting().until(ExpectedConditions.attributeToBe(By.id("models"), "data-loaded", "true"));
    }

    private WebElement versionRow(int version) {
        return find("#model-bpmn-" + PROCESS + " tr[data-version='" + version + "']");
    }

    private int latestVersionShown() {
        return Integer.parseInt(find("#model-bpmn-" + PROCESS + " tbody tr").getAttribute("data-version"));
    }

    private long statusOf(String path) {
        return ((Number) js().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], { credentials: 'same-origin', redirect: 'manual' })"
                        + ".then(r => done(r.status), e => done(-1));", path)).longValue();
    }

    private void click(String buttonId) {
        chromium.waiting().until(ExpectedConditions.elementToBeClickable(By.id(buttonId))).click();
    }

    private WebElement find(String css) {
        return chromium.browser().findElement(By.cssSelector(css));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) chromium.browser();
    }

    private void keepScreenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) chromium.browser()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
