package kz.shamy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The realm file is the one list of demo people and the one mapping of roles to groups: the embedded
 * default reads the same people from it, and every Shamy role is a realm group carrying its realm role.
 */
class DemoAccountsTests {

    @Test
    void realmFileHoldsTheDemoPeopleWithTheirRolesAndTheDemoPassword() {
        List<DemoAccounts.Account> accounts = DemoAccounts.fromRealmFile();

        assertThat(accounts).extracting(DemoAccounts.Account::username).containsExactly("admin", "staff1",
                "assessor1", "assessor2", "facilitator1", "facilitator2", "teacher1", "teacher2", "teacher3",
                "teacher4", "teacher5", "teacher6");
        assertThat(accounts).allSatisfy(account -> {
            assertThat(account.password()).isEqualTo("demo");
            assertThat(account.email()).isEqualTo(account.username() + "@demo.shamy.kz");
        });
        assertThat(accounts.get(6)).isEqualTo(new DemoAccounts.Account("teacher1", "Aliya", "Omarova",
                "teacher1@demo.shamy.kz", "demo", Role.TEACHER));
        assertThat(accounts).filteredOn(account -> account.role() == Role.ADMIN)
                .extracting(DemoAccounts.Account::username).containsExactly("admin");
    }

    @Test
    void everyRoleIsARealmGroupCarryingTheMatchingRealmRole() throws Exception {
        JsonNode realm = realm();

        for (Role role : Role.values()) {
            assertThat(texts(realm.path("roles").path("realm"), "name")).contains(role.label());
            JsonNode group = find(realm.path("groups"), "name", role.group());
            assertThat(group).as("group " + role.group()).isNotNull();
            assertThat(texts(group.path("realmRoles"), null)).containsExactly(role.label());
        }
    }

    @Test
    void webClientIsConfidentialWithPkceExactRedirectsAndNoPasswordGrant() throws Exception {
        JsonNode web = find(realm().path("clients"), "clientId", "shamy-web");

        assertThat(web.path("publicClient").asBoolean()).isFalse();
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(web.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(web.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(texts(web.path("redirectUris"), null)).isNotEmpty().noneMatch(uri -> uri.contains("*"));
        assertThat(web.path("secret").asText()).startsWith("demo-only-");
    }

    private static JsonNode realm() throws Exception {
        try (InputStream in = new ClassPathResource(DemoAccounts.REALM_FILE).getInputStream()) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(field == null ? node.asText() : node.path(field).asText()));
        return texts;
    }
}
