package kz.shamy.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * DEMO ONLY. The demo accounts of {@code keycloak-realm/shamy-realm.json}, the realm Keycloak imports, so
 * the embedded default seeds the very same people, names, groups and passwords and the two never drift.
 */
public final class DemoAccounts {

    static final String REALM_FILE = "keycloak-realm/shamy-realm.json";

    /** A person of the demo realm: their one group is their role. */
    public record Account(String username, String firstName, String lastName, String email, String password,
            Role role) {

        public String displayName() {
            return firstName + " " + lastName;
        }
    }

    private DemoAccounts() {
    }

    /** Every user of the realm file who signs in with a password (service accounts do not). */
    public static List<Account> fromRealmFile() {
        try (InputStream in = new ClassPathResource(REALM_FILE).getInputStream()) {
            List<Account> accounts = new ArrayList<>();
            for (JsonNode user : new ObjectMapper().readTree(in).path("users")) {
                String password = password(user);
                if (password != null) {
                    accounts.add(new Account(user.path("username").asText(), user.path("firstName").asText(),
                            user.path("lastName").asText(), user.path("email").asText(), password, role(user)));
                }
            }
            return accounts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + REALM_FILE, e);
        }
    }

    private static String password(JsonNode user) {
        for (JsonNode credential : user.path("credentials")) {
            if ("password".equals(credential.path("type").asText())) {
                return credential.path("value").asText();
            }
        }
        return null;
    }

    private static Role role(JsonNode user) {
        JsonNode groups = user.path("groups");
        if (groups.size() != 1) {
            throw new IllegalStateException(REALM_FILE + ": " + user.path("username").asText()
                    + " must be in exactly one group, is in " + groups);
        }
        // group paths without the leading "/" are the Camunda group ids
        return Role.fromGroup(groups.get(0).asText().replaceFirst("^/", ""));
    }
}
