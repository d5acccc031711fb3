package kz.shamy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import kz.shamy.programme.Schools;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo data with the keycloak profile: Shamy's own records (people, schools) are seeded, the accounts
 * stay Keycloak's alone, and Shamy's /api works for the demo people with their Keycloak tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:kc2;DB_CLOSE_DELAY=-1",
        "shamy.demo-data=true",
        "camunda.bpm.job-execution.enabled=false"})
@WithSharedKeycloak
class KeycloakDemoDataIntegrationTests {

    private static final KeycloakServer keycloak = KeycloakServer.shared();
    private static final KeycloakTokens tokens = new KeycloakTokens(keycloak);

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    Schools schools;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void demoPeopleAreSeededButNoAccountIsWrittenToTheEngine() {
        assertThat(people.find("teacher1")).hasValueSatisfying(person -> {
            assertThat(person.role()).isEqualTo(Role.TEACHER);
            assertThat(person.displayName()).isEqualTo("Aliya Omarova");
        });
        assertThat(jdbc.queryForObject("select count(*) from ACT_ID_USER", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_ID_GROUP", Long.class)).isZero();
    }

    @Test
    void administratorPlansAWorkshopWithTheirTokenAndATeacherMayNot() {
        String plan = plan("teacher1", "facilitator1");

        assertThat(post("/api/workshops", plan, tokens.signIn("admin", "demo")).statusCode()).isEqualTo(201);
        assertThat(post("/api/workshops", plan, tokens.signIn("teacher1", "demo")).statusCode()).isEqualTo(403);
    }

    private String plan(String... invitees) {
        long regionId = schools.regionByCode("TUR").orElseThrow().id();
        LocalDate day1 = LocalDate.now().plusDays(30);
        return """
                {"regionId": %d, "venue": "Sairam village school No. 12", "day1": "%s", "day2": "%s",
                 "registrationDeadline": "%s", "invitees": ["%s"]}
                """.formatted(regionId, day1, day1.plusDays(1), day1.minusDays(7), String.join("\", \"", invitees));
    }

    private HttpResponse<String> post(String path, String body, String bearer) {
        return KeycloakTokens.send(http, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + bearer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
