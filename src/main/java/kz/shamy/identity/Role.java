package kz.shamy.identity;

import java.util.Locale;

/**
 * What a person does in the programme. Each role is also a Camunda group (candidate groups and
 * authorizations refer to it) and a Spring authority {@code ROLE_<NAME>}.
 */
public enum Role {
    TEACHER("teachers"),
    PRINCIPAL("principals"),
    FACILITATOR("facilitators"),
    ASSESSOR("assessors"),
    ADMIN("admins"),
    STAFF("staff");

    private final String group;

    Role(String group) {
        this.group = group;
    }

    /** The Camunda group id for this role. */
    public String group() {
        return group;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Role fromGroup(String group) {
        for (Role role : values()) {
            if (role.group.equals(group)) {
                return role;
            }
        }
        throw new IllegalStateException("no role for group " + group);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
