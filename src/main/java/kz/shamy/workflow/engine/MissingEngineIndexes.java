package kz.shamy.workflow.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for what Shamy's engine does all day. Every completion and every task deletion
 * asks for the task's subtasks ({@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}), and Camunda 7.24
 * creates no index on that column: on PostgreSQL with 100,000 open tasks it read every page of the table, 35.7 ms
 * per completion (issue 13's query plans, docs/BENCHMARKS.md). Created once the engine has created or updated its
 * schema, if not there yet, on H2 and PostgreSQL alike; a new name of Shamy's own, so an engine upgrade that adds
 * its own index leaves this one harmless.
 */
@Component
class MissingEngineIndexes extends AbstractProcessEnginePlugin {

    static final String TASK_PARENT = "SHAMY_IDX_TASK_PARENT";

    private DataSource dataSource;
    private String prefix = "";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ProcessEngineConfiguration settings = configuration; // read through the public API
        this.dataSource = settings.getDataSource();
        String tablePrefix = configuration.getDatabaseTablePrefix();
        this.prefix = tablePrefix == null ? "" : tablePrefix;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        DataSource source = dataSource != null ? dataSource : engine.getProcessEngineConfiguration().getDataSource();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists " + TASK_PARENT + " on " + prefix
                    + "ACT_RU_TASK(PARENT_TASK_ID_)");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create index " + TASK_PARENT + " on the engine's tasks", e);
        }
    }
}
