package kz.shamy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V20 lets a case hold a re-issued certificate beside the revoked one: the uniqueness of case_id goes, on H2 and
 * on PostgreSQL alike (whose names for that constraint differ), while a certificate already issued keeps its case
 * and the foreign key and the number's uniqueness stay.
 */
class CertificateReissueMigrationTests {

    @Test
    void onH2() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:v20;DB_CLOSE_DELAY=-1");
        check(db, "SHAMY");
    }

    @Test
    void onPostgresql() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            check(postgres.getPostgresDatabase(), "shamy");
        }
    }

    private static void check(DataSource db, String schema) {
        migrate(db, schema, "6");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.update("insert into " + schema + ".certification_case (id, teacher, facilitator, circle_id, project_id,"
                + " status, revision_round, created_at) values (1, 't1', 'f1', 1, 1, 'CERTIFIED', 0, current_timestamp)");
        jdbc.update("insert into " + schema + ".certificate (case_id, teacher, number, verification_code, issued_at)"
                + " values (1, 't1', 'SHM-2027-000001', 'ABCDEFGHJK', current_timestamp)");

        migrate(db, schema, "20");

        assertThat(jdbc.queryForObject("select case_id from " + schema + ".certificate where number = 'SHM-2027-000001'",
                Long.class)).isEqualTo(1L);
        jdbc.update("insert into " + schema + ".certificate (case_id, teacher, number, verification_code, issued_at)"
                + " values (1, 't1', 'SHM-2027-000002', 'ABCDEFGHJKMNPQRS', current_timestamp)");
        jdbc.update("update " + schema + ".certificate set revoked_at = current_timestamp, revoked_by = 'admin',"
                + " revocation_reason = 'misspelt', replaced_by = (select id from " + schema + ".certificate"
                + " where number = 'SHM-2027-000002') where number = 'SHM-2027-000001'");
        assertThat(jdbc.queryForObject("select count(*) from " + schema + ".certificate where case_id = 1",
                Integer.class)).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.update("insert into " + schema + ".certificate (case_id, teacher, number,"
                + " verification_code, issued_at) values (99, 't1', 'SHM-2027-000003', 'BBBBBBBBBB', current_timestamp)"))
                .as("the case must exist").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("insert into " + schema + ".certificate (case_id, teacher, number,"
                + " verification_code, issued_at) values (1, 't1', 'SHM-2027-000002', 'CCCCCCCCCC', current_timestamp)"))
                .as("numbers stay unique").isInstanceOf(DataIntegrityViolationException.class);
    }

    private static void migrate(DataSource db, String schema, String target) {
        Flyway.configure().dataSource(db).schemas(schema).defaultSchema(schema).createSchemas(true)
                .locations("classpath:db/migration").target(target).load().migrate();
    }
}
