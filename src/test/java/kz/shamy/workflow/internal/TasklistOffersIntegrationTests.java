package kz.shamy.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.scenario.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's page names "Start process" and "Create task" in Camunda's plugin exclusion for everyone but
 * administrators, over real HTTP (Camunda's filters write the page). The same context as the browser tests.
 */
@ShamyIntegrationTest
class TasklistOffersIntegrationTests {

    private static final String EXCLUSION = "cam-exclude-plugins=\"" + TasklistOffers.EXCLUDED + "\"";

    @LocalServerPort
    int port;

    @Test
    void teachersFacilitatorsAndAssessorsAreNotOfferedToStartProcessesOrCreateTasks() {
        for (String person : new String[] {"teacher1", "facilitator1", "assessor1"}) {
            HttpResponse<String> page = tasklistPage(person);

            assertThat(page.statusCode()).as(person).isEqualTo(200);
            assertThat(page.body()).as(person).contains("<base " + EXCLUSION)
                    // the rest of Camunda's page is whole: its placeholders filled, its end there
                    .doesNotContain("$APP_ROOT").doesNotContain("$CSP_NONCE").contains("camTasklistAppCtrl")
                    .endsWith("</html>\n");
            assertThat(page.headers().firstValueAsLong("Content-Length")).as(person)
                    .hasValue(page.body().getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void administratorsKeepTasklistsOwnActions() {
        HttpResponse<String> page = tasklistPage("admin");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<base ").doesNotContain("cam-exclude-plugins");
    }

    private HttpResponse<String> tasklistPage(String person) {
        return WebappSession.signIn(port, person, "demo").exchange("GET", "/camunda/app/tasklist/default/", null, null);
    }
}
