package kz.shamy.circle;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** V10 drops the network event's copy of poster titles; a title only the facilitator recorded moves to the project. */
class PosterTitleMigrationTests {

    @Test
    void aTitleOnlyTheNetworkEventHadMovesToTheProjectAndAProjectsOwnTitleStays() {
        JdbcDataSource db = new JdbcDataSource();
        db.setURL("jdbc:h2:mem:v10;DB_CLOSE_DELAY=-1");
        migrate(db, "9");
        JdbcDataSource inSchema = new JdbcDataSource();
        inSchema.setURL("jdbc:h2:mem:v10;DB_CLOSE_DELAY=-1;SCHEMA=SHAMY");
        JdbcTemplate jdbc = new JdbcTemplate(inSchema);
        jdbc.update("insert into region (id, code, name) values (1, 'abai', 'Abai')");
        jdbc.update("insert into school (id, region_id, name, district, locality, language_of_instruction)"
                + " values (1, 1, 'School 1', 'D', 'L', 'kk')");
        jdbc.update("insert into circle (id, school_id, facilitator_id, academic_year, status, started_at)"
                + " values (1, 1, 'facilitator1', '2025-2026', 'OPEN', current_timestamp)");
        for (String teacher : new String[] {"teacher1", "teacher2"}) {
            jdbc.update("insert into development_project (teacher, facilitator, circle_id, stage, stage_changed_at,"
                    + " started_at, poster_title) values (?, 'facilitator1', 1, 'POSTER', current_timestamp,"
                    + " current_timestamp, ?)", teacher, teacher.equals("teacher1") ? "Own title" : null);
        }
        jdbc.update("insert into network_event (id, circle_id, held_on, place) values (1, 1, current_date, 'Hall')");
        jdbc.update("insert into poster_presentation (network_event_id, teacher_id, poster_title) values"
                + " (1, 'teacher1', 'Listed at the event'), (1, 'teacher2', 'Only the event knew')");

        migrate(db, "10");

        assertThat(jdbc.queryForList("select teacher, poster_title from development_project order by teacher"))
                .extracting(row -> row.get("TEACHER") + ": " + row.get("POSTER_TITLE"))
                .containsExactly("teacher1: Own title", "teacher2: Only the event knew");
        assertThat(jdbc.queryForObject("select count(*) from poster_presentation", Integer.class)).isEqualTo(2);
    }

    private static void migrate(JdbcDataSource db, String target) {
        Flyway.configure().dataSource(db).schemas("SHAMY").defaultSchema("SHAMY").createSchemas(true)
                .locations("classpath:db/migration").target(target).load().migrate();
    }
}
