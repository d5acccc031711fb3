package kz.shamy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import kz.shamy.ShamyIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A sign-in remembered for a few seconds (issue 13) never outlives the account it was made with: a new password,
 * a membership taken away or a wrong password count on the very next request, whichever door changed the account.
 */
@ShamyIntegrationTest
class RecentSignInsIntegrationTests {

    private static final String FIRST = "Recent-Pa55word-1";
    private static final String SECOND = "Recent-Pa55word-2";

    @LocalServerPort
    int port;

    @Autowired IdentityService identity;

    private final HttpClient http = HttpClient.newHttpClient();

    /** The shared context's accounts are counted elsewhere (LocalSignInIntegrationTests): leave none behind. */
    @AfterEach
    void removeAccounts() {
        for (String id : List.of("recent1", "recent2", "recent3", "recent4")) {
            if (identity.createUserQuery().userId(id).count() > 0) {
                identity.deleteUser(id);
            }
        }
    }

    private void account(String id, String password, String group) {
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("Recent");
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(id, group);
    }

    private int get(String user, String password, String path) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aNewPasswordCountsAtOnceThroughTheEngine() throws Exception {
        account("recent1", FIRST, "teachers");
        String tasks = "/engine-rest/task?assignee=recent1";
        assertThat(get("recent1", FIRST, tasks)).isEqualTo(200);
        assertThat(get("recent1", FIRST, tasks)).as("remembered").isEqualTo(200);

        User user = identity.createUserQuery().userId("recent1").singleResult();
        user.setPassword(SECOND);
        identity.saveUser(user);

        assertThat(get("recent1", FIRST, tasks)).as("the old password, remembered a moment ago").isEqualTo(401);
        assertThat(get("recent1", SECOND, tasks)).isEqualTo(200);
    }

    @Test
    void aMembershipTakenAwayCountsAtOnce() throws Exception {
        account("recent2", FIRST, "admins");
        String adminsOnly = "/api/modeler/models";
        assertThat(get("recent2", FIRST, adminsOnly)).isEqualTo(200);
        assertThat(get("recent2", FIRST, adminsOnly)).as("remembered").isEqualTo(200);

        identity.deleteMembership("recent2", "admins");

        assertThat(get("recent2", FIRST, adminsOnly)).isEqualTo(403);
    }

    @Test
    void aDeletedAccountIsRefusedAtOnce() throws Exception {
        account("recent3", FIRST, "teachers");
        String tasks = "/engine-rest/task?assignee=recent3";
        assertThat(get("recent3", FIRST, tasks)).isEqualTo(200);

        identity.deleteUser("recent3");

        assertThat(get("recent3", FIRST, tasks)).isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsNeverAnsweredFromMemory() throws Exception {
        account("recent4", FIRST, "teachers");
        String tasks = "/engine-rest/task?assignee=recent4";
        assertThat(get("recent4", FIRST, tasks)).isEqualTo(200);

        assertThat(get("recent4", SECOND, tasks)).isEqualTo(401);
        assertThat(get("recent4", "", tasks)).isEqualTo(401);
        assertThat(get("recent4", FIRST, tasks)).isEqualTo(200);
    }
}
