package com.bank.complaints.benchmark;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * The baseline: Camunda 7 alone (no Spring, no HTTP, no authorizations, none of our tables) on the
 * same kind of database, history FULL, ids and pool size as the product's, starting a process with
 * one user task and a business key, which is what intake asks of the engine at the least.
 */
final class BareEngine implements AutoCloseable {

    private static final String PROCESS = "one-task";

    private final ProcessEngine engine;
    private final AtomicLong next = new AtomicLong();

    private BareEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    static BareEngine on(Database db) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-" + UUID.randomUUID());
        configuration.setJdbcUrl(db.url());
        configuration.setJdbcUsername(db.user());
        configuration.setJdbcPassword(db.password());
        configuration.setJdbcDriver(Database.POSTGRESQL.equals(db.kind()) ? "org.postgresql.Driver" : "org.h2.Driver");
        configuration.setJdbcMaxActiveConnections(db.productPoolSize());
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(true);
        ProcessEngine engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn",
                Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1825)
                        .startEvent().userTask("work").endEvent().done()).deploy();
        return new BareEngine(engine);
    }

    void startOneTaskProcess() {
        engine.getRuntimeService().startProcessInstanceByKey(PROCESS, "BARE-" + next.incrementAndGet());
    }

    @Override
    public void close() {
        engine.close();
    }
}
