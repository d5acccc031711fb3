package kz.shamy.identity.internal;

import kz.shamy.identity.Person;
import kz.shamy.identity.Role;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A person as stored: the row behind {@link Person}, which is what other features see. */
@Entity(name = "Person")
public class PersonEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Same as the identity provider's user id; process variables hold this. */
    private String username;
    private String displayName;
    @Enumerated(EnumType.STRING)
    private Role role;
    private Long schoolId;
    private String email;

    protected PersonEntry() {
    }

    public PersonEntry(String username, String displayName, Role role, Long schoolId, String email) {
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.schoolId = schoolId;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getEmail() {
        return email;
    }

    public Person view() {
        return new Person(username, displayName, role, schoolId, email);
    }
}
