package com.bank.complaints.system;

import java.util.UUID;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Names this node's job executor after the engine's host name, so an operator (and Cockpit) can
 * tell which node holds a job's lock; a random suffix keeps lock owners unique even if two nodes
 * share a name.
 */
@Component
class NodeName {

    private final ObjectProvider<JobExecutor> jobExecutor;
    private final ProcessEngineConfigurationImpl configuration;

    NodeName(ObjectProvider<JobExecutor> jobExecutor, ProcessEngineConfigurationImpl configuration) {
        this.jobExecutor = jobExecutor;
        this.configuration = configuration;
    }

    @EventListener(ApplicationStartedEvent.class)
    void nameTheJobExecutor() {
        String host = configuration.getHostname();
        jobExecutor.ifAvailable(executor -> executor.setLockOwner(
                host + "/" + UUID.randomUUID().toString().substring(0, 8)));
    }
}
