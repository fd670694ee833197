package com.bank.complaints.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The job executor finds the jobs that are due by indexes instead of reading the whole job table. Without
 * them each acquisition read every waiting timer of every open complaint (nine per complaint): on PostgreSQL
 * with 2,000 open complaints it took 8.5 ms and was the database's largest cost during intake, growing with
 * the open cases (BENCHMARKS.md, "The job acquisition"). So every job has a due date (an asynchronous step
 * is due when it is created), jobs are acquired in due-date order along an index on the due date, and the
 * check that no other job of the same complaint is running reads the running jobs by an index on their lock
 * expiry rather than the whole table.
 *
 * <p>The indexes are created where the engine manages its own schema (schema-update true, the default and
 * the postgres profile); where it does not (the production profile), a missing one is reported at start
 * with the statement that creates it. Jobs written without a due date by an earlier version are given one
 * at start, so none is left behind unseen.
 */
@Component
class DueJobAcquisitionPlugin extends AbstractProcessEnginePlugin {

    /** Each index by the column it is on. */
    static final Map<String, String> INDEXES = Map.of("DUEDATE_", "ACT_IDX_JOB_DUEDATE", "LOCK_EXP_TIME_",
            "ACT_IDX_JOB_LOCK_EXP_TIME");

    private static final Logger LOG = LoggerFactory.getLogger(DueJobAcquisitionPlugin.class);

    private DataSource dataSource;
    private boolean schemaManaged;
    private String tablePrefix;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnsureJobDueDateNotNull(true);
        // ordered by due date, the query walks the due-date index from the oldest due job and stops at its limit
        configuration.setJobExecutorAcquireByDueDate(true);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        dataSource = configuration.getDataSource();
        schemaManaged = !ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE.equals(configuration.getDatabaseSchemaUpdate());
        tablePrefix = configuration.getDatabaseTablePrefix();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try (Connection connection = dataSource.getConnection()) {
            for (String column : missingIndexes(connection)) {
                if (schemaManaged) {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(create(column));
                    }
                } else {
                    LOG.warn("{}ACT_RU_JOB has no index on {}: each job acquisition reads the whole table. Create it"
                            + " once: {}", tablePrefix, column, create(column));
                }
            }
            int dated = giveDueDates(connection);
            if (dated > 0) {
                LOG.info("{} jobs written without a due date by an earlier version are due now", dated);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare ACT_RU_JOB for acquisition by due date", e);
        }
    }

    /** The columns of {@link #INDEXES} that no index of ACT_RU_JOB starts with. */
    Set<String> missingIndexes(Connection connection) throws SQLException {
        Set<String> missing = new TreeSet<>(INDEXES.keySet());
        DatabaseMetaData meta = connection.getMetaData();
        // H2 keeps unquoted names in upper case, PostgreSQL in lower case
        for (String table : new String[] {tablePrefix + "ACT_RU_JOB", (tablePrefix + "ACT_RU_JOB").toLowerCase(Locale.ROOT)}) {
            try (ResultSet indexes = meta.getIndexInfo(null, null, table, false, true)) {
                while (indexes.next()) {
                    String column = indexes.getString("COLUMN_NAME");
                    if (indexes.getShort("ORDINAL_POSITION") == 1 && column != null) {
                        missing.remove(column.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return missing;
    }

    String create(String column) {
        return "CREATE INDEX IF NOT EXISTS " + INDEXES.get(column) + " ON " + tablePrefix + "ACT_RU_JOB (" + column + ")";
    }

    private int giveDueDates(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + tablePrefix + "ACT_RU_JOB SET DUEDATE_ = ? WHERE DUEDATE_ IS NULL")) {
            update.setTimestamp(1, new Timestamp(ClockUtil.getCurrentTime().getTime()));
            return update.executeUpdate();
        }
    }
}
