package kz.shamy.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts in the engine's own identity store, used by the embedded default (local mode). With the
 * keycloak profile, Keycloak holds the accounts instead and this store stays empty.
 */
@Service
public class LocalAccounts {

    static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    private final IdentityService identityService;

    LocalAccounts(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** One Camunda group per role, so candidate groups and authorizations can name them. */
    @Transactional
    public void ensureRoleGroups() {
        if (identityService.isReadOnly()) {
            return; // an external directory (Keycloak) owns the groups
        }
        if (identityService.createGroupQuery().groupId(CAMUNDA_ADMIN_GROUP).count() == 0) {
            Group group = identityService.newGroup(CAMUNDA_ADMIN_GROUP);
            group.setName("Camunda administrators");
            group.setType("SYSTEM");
            identityService.saveGroup(group);
        }
        for (Role role : Role.values()) {
            if (identityService.createGroupQuery().groupId(role.group()).count() == 0) {
                Group group = identityService.newGroup(role.group());
                group.setName(role.label() + "s");
                group.setType("WORKFLOW");
                identityService.saveGroup(group);
            }
        }
    }

    @Transactional
    public void ensureAccount(String username, String firstName, String lastName, String email, String password,
            Role role) {
        if (identityService.isReadOnly()) {
            return; // an external directory (Keycloak) owns the accounts
        }
        if (identityService.createUserQuery().userId(username).count() == 0) {
            User user = identityService.newUser(username);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(email);
            user.setPassword(password);
            identityService.saveUser(user);
            identityService.createMembership(username, role.group());
            if (role == Role.ADMIN) {
                // The webapps send everyone to a "create the first admin" page while no user of a writable
                // identity store is in Camunda's own admin group; local administrators are in both.
                identityService.createMembership(username, CAMUNDA_ADMIN_GROUP);
            }
        }
    }
}
