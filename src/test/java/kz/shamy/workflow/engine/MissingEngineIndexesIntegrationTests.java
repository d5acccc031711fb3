package kz.shamy.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import kz.shamy.ShamyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The index the engine's schema lacks is there once the engine has started (H2 here; PostgreSQL in the scenario). */
@ShamyIntegrationTest
class MissingEngineIndexesIntegrationTests {

    @Autowired JdbcTemplate jdbc;

    @Test
    void theSubtaskLookUpOfEveryCompletionHasItsIndex() {
        assertThat(jdbc.queryForList("select TABLE_NAME from INFORMATION_SCHEMA.INDEXES where INDEX_NAME = ?",
                String.class, MissingEngineIndexes.TASK_PARENT)).containsExactly("ACT_RU_TASK");
        assertThat(jdbc.queryForList("select COLUMN_NAME from INFORMATION_SCHEMA.INDEX_COLUMNS where INDEX_NAME = ?",
                String.class, MissingEngineIndexes.TASK_PARENT)).containsExactly("PARENT_TASK_ID_");
    }
}
