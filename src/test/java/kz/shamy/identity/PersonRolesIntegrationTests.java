package kz.shamy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import kz.shamy.ShamyIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Roles remembered for the engine's grants are forgotten when Shamy adds or changes the person. */
@ShamyIntegrationTest
class PersonRolesIntegrationTests {

    @Autowired PersonRoles roles;
    @Autowired People people;
    @Autowired JdbcTemplate jdbc;

    /** The shared context's people are counted elsewhere (rosters, pickers): leave none behind. */
    @AfterEach
    void removeNewcomer() {
        jdbc.update("delete from shamy.person where username = ?", "roles-newcomer");
    }

    @Test
    void aPersonAddedAfterTheirAbsenceWasRememberedHasTheirRole() {
        assertThat(roles.roleOf("roles-newcomer")).isEmpty();

        people.add(new Person("roles-newcomer", "Roles Newcomer", Role.FACILITATOR, null, null));

        assertThat(roles.roleOf("roles-newcomer")).contains(Role.FACILITATOR);
        assertThat(roles.roleOf(null)).isEmpty();
    }
}
