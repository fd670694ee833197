package com.bank.complaints.authority;

import org.camunda.bpm.engine.ProcessEngineException;

/** A second lifecycle for a reference that has one: the engine REST API answers 409 Conflict. */
public class LifecycleAlreadyRunning extends ProcessEngineException {

    LifecycleAlreadyRunning(String message) {
        super(message);
    }

    static LifecycleAlreadyRunning forReference(String reference) {
        return new LifecycleAlreadyRunning("Complaint " + reference + " already has its lifecycle; it is not started twice");
    }
}
