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
 * share a name. The notification outbox names the holder of a sending lease the same way.
 */
@Component
public class NodeName {

    private final ObjectProvider<JobExecutor> jobExecutor;
    private final ProcessEngineConfigurationImpl configuration;
    private String name;

    NodeName(ObjectProvider<JobExecutor> jobExecutor, ProcessEngineConfigurationImpl configuration) {
        this.jobExecutor = jobExecutor;
        this.configuration = configuration;
    }

    /** This node's name: the engine's host name and a random suffix, read once the engine is configured. */
    public synchronized String name() {
        if (name == null) {
            name = configuration.getHostname() + "/" + UUID.randomUUID().toString().substring(0, 8);
        }
        return name;
    }

    @EventListener(ApplicationStartedEvent.class)
    void nameTheJobExecutor() {
        jobExecutor.ifAvailable(executor -> executor.setLockOwner(name()));
    }
}
