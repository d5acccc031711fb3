package kz.shamy.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PersonRepository extends JpaRepository<Person, Long> {

    Optional<Person> findByUsername(String username);

    List<Person> findByUsernameIn(Collection<String> usernames);

    List<Person> findByRoleOrderByUsername(Role role);
}
