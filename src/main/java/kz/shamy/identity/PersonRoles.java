package kz.shamy.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import kz.shamy.identity.internal.PersonEntry;
import kz.shamy.identity.internal.PersonRepository;
import org.springframework.stereotype.Service;

/**
 * People's roles from a short memory, for paths that ask once per task: the engine asks the role of every new
 * assignee to decide their grants on the task ({@code AssigneeAuthorizations}), and reading the person each time was
 * a database round trip and a JPA query per completion (issue 13). A role is remembered for
 * {@link #REMEMBER_FOR}; {@link People#add} forgets the person once it commits. A change made on another node of a
 * cluster is seen here when the entry expires.
 *
 * <p>Only for grants that another check still guards: a rule that refuses or allows on its own (who may hand a task
 * on, who may review) asks {@link People} itself.
 */
@Service
public class PersonRoles {

    static final Duration REMEMBER_FOR = Duration.ofSeconds(60);

    private final PersonRepository people;
    private final Cache<String, Optional<Role>> roles =
            Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(REMEMBER_FOR).build();

    PersonRoles(PersonRepository people) {
        this.people = people;
    }

    public Optional<Role> roleOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return roles.get(username, name -> people.findByUsername(name).map(PersonEntry::getRole));
    }

    void forget(String username) {
        roles.invalidate(username);
    }
}
