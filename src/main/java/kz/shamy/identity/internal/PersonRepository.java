package kz.shamy.identity.internal;

import kz.shamy.identity.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<PersonEntry, Long> {

    Optional<PersonEntry> findByUsername(String username);

    List<PersonEntry> findByUsernameIn(Collection<String> usernames);

    List<PersonEntry> findByRoleOrderByUsername(Role role);
}
