package kz.shamy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The engine's users and groups in the keycloak profile, against the real Keycloak: what the identity service
 * answers (people, groups, a person's groups, in a realm larger than one page of the admin API), and how long a
 * change in Keycloak takes to show: at once after {@link KeycloakDirectory#clearCache()}, otherwise after the
 * cache's time to live (20 s here).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:kcdirectory;DB_CLOSE_DELAY=-1",
        "shamy.demo-circles=false",
        "camunda.bpm.job-execution.enabled=false",
        "shamy.keycloak.identity.cache-time-to-live=20s"})
@WithSharedKeycloak
class KeycloakDirectoryIntegrationTests {

    private static final Duration EXPIRY_DEADLINE = Duration.ofSeconds(90);
    private static final KeycloakServer keycloak = KeycloakServer.shared();
    private static final KeycloakAdmin realm = new KeycloakAdmin(keycloak);

    @Autowired
    IdentityService identity;

    @Autowired
    KeycloakDirectory directory;

    @Test
    void peopleAndGroupsAreFoundByIdBeyondTheFirst250PeopleOfTheRealm() {
        // 300 people whose usernames sort after the demo people's: the admin API's first page (the plugin's
        // maxResultSize, 250) holds the demo people and the first of these, not the last
        StringBuilder users = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            users.append(i == 0 ? "" : ",").append(person(String.format("zz-bulk-%03d", i), "Saule", "/teachers"));
        }
        realm.partialImport("{\"ifResourceExists\":\"SKIP\",\"users\":[" + users + "]}");
        directory.clearCache();

        List<User> found = identity.createUserQuery().userIdIn("teacher1", "zz-bulk-299", "nobody").list();

        assertThat(found).extracting(User::getId).containsExactlyInAnyOrder("teacher1", "zz-bulk-299");
        assertThat(found).filteredOn(user -> user.getId().equals("zz-bulk-299")).singleElement()
                .satisfies(user -> {
                    assertThat(user.getFirstName()).isEqualTo("Saule");
                    assertThat(user.getEmail()).isEqualTo("zz-bulk-299@schools.example.kz");
                });
        assertThat(identity.createUserQuery().userIdIn("teacher1", "zz-bulk-299", "nobody").count()).isEqualTo(2);
        assertThat(identity.createUserQuery().userId("teacher1").singleResult().getFirstName()).isEqualTo("Aliya");
        assertThat(identity.createUserQuery().userId("nobody").singleResult()).isNull();
        assertThat(identity.createGroupQuery().groupIdIn("teachers", "facilitators", "nope").list())
                .extracting(Group::getId, Group::getName)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("teachers", "teachers"),
                        org.assertj.core.groups.Tuple.tuple("facilitators", "facilitators"));
        assertThat(groupsOf("zz-bulk-299")).containsExactly("teachers");
        assertThat(groupsOf("facilitator1")).containsExactly("facilitators");
        assertThat(groupsOf("nobody")).isEmpty();
    }

    @Test
    void personAddedInKeycloakShowsAtOnceAfterTheCacheIsCleared() {
        assertThat(identity.createUserQuery().userId("zz-newcomer").singleResult()).isNull();
        assertThat(groupsOf("zz-newcomer")).isEmpty();

        realm.partialImport("{\"ifResourceExists\":\"SKIP\",\"users\":["
                + person("zz-newcomer", "Dana", "/teachers", "/principals") + "]}");

        // the absence is cached: the engine does not ask Keycloak again before the time to live
        assertThat(identity.createUserQuery().userId("zz-newcomer").singleResult()).isNull();
        directory.clearCache();
        User newcomer = identity.createUserQuery().userId("zz-newcomer").singleResult();
        assertThat(newcomer).isNotNull();
        assertThat(newcomer.getFirstName()).isEqualTo("Dana");
        assertThat(groupsOf("zz-newcomer")).containsExactlyInAnyOrder("teachers", "principals");
    }

    @Test
    void personRemovedFromKeycloakDisappearsWhenTheCacheExpires() {
        realm.partialImport("{\"ifResourceExists\":\"SKIP\",\"users\":["
                + person("zz-leaver", "Bolat", "/facilitators") + "]}");
        directory.clearCache();
        assertThat(identity.createUserQuery().userId("zz-leaver").singleResult()).isNotNull();
        assertThat(groupsOf("zz-leaver")).containsExactly("facilitators");

        realm.deleteUser("zz-leaver");

        // still cached right after the deletion, gone once the time to live has passed, without clearCache
        assertThat(identity.createUserQuery().userId("zz-leaver").singleResult()).isNotNull();
        await("zz-leaver to disappear").atMost(EXPIRY_DEADLINE).pollInterval(Duration.ofMillis(500))
                .until(() -> identity.createUserQuery().userId("zz-leaver").singleResult() == null
                        && groupsOf("zz-leaver").isEmpty());
    }

    private List<String> groupsOf(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
    }

    private static String person(String username, String firstName, String... groups) {
        return """
                {"username": "%s", "enabled": true, "firstName": "%s", "lastName": "Test", "email": "%s@schools.example.kz",
                 "groups": ["%s"]}""".formatted(username, firstName, username, String.join("\", \"", groups));
    }
}
