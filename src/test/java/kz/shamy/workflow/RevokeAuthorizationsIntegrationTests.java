package kz.shamy.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.scenario.ShamyHttp;
import kz.shamy.scenario.ShamyHttp.Answer;
import kz.shamy.scenario.WebappSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The engine does not look for revoke authorizations (issue 13: {@code authorizationCheckRevokes = never} saves a
 * statement per checked command), so none may be created: a revoke would look like a denial and deny nothing.
 * Refused at both doors of the REST API, administrators included; grants are created as before.
 */
@ShamyIntegrationTest
class RevokeAuthorizationsIntegrationTests {

    /** A user of this test's own, so the authorizations it names touch no one else's. */
    private static final String USER = "revoke-probe-user";

    @LocalServerPort
    int port;

    @Autowired ProcessEngine engine;
    @Autowired AuthorizationService authorizations;

    private static Map<String, Object> authorization(int type) {
        return Map.of("type", type, "userId", USER, "resourceType", Resources.TASK.resourceType(),
                "resourceId", "*", "permissions", List.of("READ"));
    }

    private long authorizationsOf(int type) {
        return authorizations.createAuthorizationQuery().userIdIn(USER).authorizationType(type).count();
    }

    @Test
    void theEngineChecksNoRevokes() {
        assertThat(engine.getProcessEngineConfiguration().getAuthorizationCheckRevokes())
                .isEqualTo(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
    }

    @Test
    void anAdministratorCreatesNoRevokeThroughTheEngineRestApi() {
        Answer revoke = new ShamyHttp(port).post("admin", "/engine-rest/authorization/create",
                authorization(Authorization.AUTH_TYPE_REVOKE));
        Answer asText = new ShamyHttp(port).post("admin", "/engine-rest/authorization/create",
                Map.of("type", "2", "userId", USER, "resourceType", Resources.TASK.resourceType(), "resourceId", "*",
                        "permissions", List.of("READ")));

        for (Answer refused : List.of(revoke, asText)) {
            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
            assertThat(refused.body().path("field").asText()).isEqualTo("type");
            assertThat(refused.body().path("detail").asText()).contains("revoke");
        }
        assertThat(authorizationsOf(Authorization.AUTH_TYPE_REVOKE)).isZero();
    }

    @Test
    void anAdministratorCreatesNoRevokeThroughTheAdminWebapp() {
        WebappSession admin = WebappSession.signIn(port, "admin", "demo");

        Answer revoke = admin.post("/camunda/api/engine/engine/default/authorization/create",
                authorization(Authorization.AUTH_TYPE_REVOKE));

        assertThat(revoke.status()).as(revoke.text()).isEqualTo(400);
        assertThat(revoke.body().path("field").asText()).isEqualTo("type");
        assertThat(authorizationsOf(Authorization.AUTH_TYPE_REVOKE)).isZero();
    }

    @Test
    void anAdministratorStillCreatesGrantsAndATeacherNothing() {
        Answer byTeacher = new ShamyHttp(port).post("teacher4", "/engine-rest/authorization/create",
                authorization(Authorization.AUTH_TYPE_GRANT));
        assertThat(byTeacher.status()).as(byTeacher.text()).isEqualTo(403);
        assertThat(authorizationsOf(Authorization.AUTH_TYPE_GRANT)).isZero();

        Answer grant = new ShamyHttp(port).post("admin", "/engine-rest/authorization/create",
                authorization(Authorization.AUTH_TYPE_GRANT));
        try {
            assertThat(grant.status()).as(grant.text()).isEqualTo(200);
            assertThat(grant.body().path("type").asInt()).isEqualTo(Authorization.AUTH_TYPE_GRANT);
            assertThat(authorizationsOf(Authorization.AUTH_TYPE_GRANT)).isEqualTo(1);
        } finally {
            authorizations.createAuthorizationQuery().userIdIn(USER).list()
                    .forEach(created -> authorizations.deleteAuthorization(created.getId()));
        }
    }
}
