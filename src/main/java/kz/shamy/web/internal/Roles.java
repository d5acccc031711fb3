package kz.shamy.web.internal;

import kz.shamy.identity.Role;
import org.springframework.security.core.Authentication;

/** Whether a signed-in person holds a role (its {@code ROLE_} authority, in local and Keycloak sign-in alike). */
final class Roles {

    private Roles() {
    }

    static boolean has(Authentication user, Role role) {
        return user != null && user.getAuthorities().stream()
                .anyMatch(authority -> role.authority().equals(authority.getAuthority()));
    }
}
