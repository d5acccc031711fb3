package kz.shamy.identity;

import kz.shamy.identity.internal.PersonEntry;
import kz.shamy.identity.internal.PersonRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kz.shamy.shared.InvalidRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The people Shamy knows, looked up by username (the id the engine and the identity provider use). */
@Service
@Transactional(readOnly = true)
public class People {

    private final PersonRepository people;
    private final PersonRoles roles;

    People(PersonRepository people, PersonRoles roles) {
        this.people = people;
        this.roles = roles;
    }

    public Optional<Person> find(String username) {
        return username == null ? Optional.empty() : people.findByUsername(username).map(PersonEntry::view);
    }

    /**
     * The person a request names in {@code field}, who must hold {@code role}; otherwise a 400 that
     * names the field, so nothing is started with a wrong reference.
     */
    public Person require(String field, String username, Role role) {
        if (username == null || username.isBlank()) {
            throw new InvalidRequest(field, field + " is required");
        }
        Person person = find(username)
                .orElseThrow(() -> new InvalidRequest(field, "no person with username '" + username + "'"));
        if (role != null && person.role() != role) {
            throw new InvalidRequest(field, "'" + username + "' is not a " + role.label());
        }
        return person;
    }

    public List<Person> withRole(Role role) {
        return people.findByRoleOrderByUsername(role).stream().map(PersonEntry::view).toList();
    }

    public List<Person> all(Collection<String> usernames) {
        return people.findByUsernameIn(usernames).stream().map(PersonEntry::view).toList();
    }

    public String displayName(String username) {
        return find(username).map(Person::displayName).orElse(username);
    }

    @Transactional
    public Person add(Person person) {
        Person added = people.save(new PersonEntry(person.username(), person.displayName(), person.role(),
                person.schoolId(), person.email())).view();
        roles.forget(person.username());
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // and again once committed, so a read racing this transaction cannot keep the old role
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    roles.forget(person.username());
                }
            });
        }
        return added;
    }
}
