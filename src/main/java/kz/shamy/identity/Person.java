package kz.shamy.identity;

/**
 * A person Shamy knows, as other features see them: the username (the id the engine, the identity provider
 * and process variables use), the name to show, their role, school and mail address.
 */
public record Person(String username, String displayName, Role role, Long schoolId, String email) {
}
