package com.bank.complaints.authority;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * A second lifecycle for a reference that has one. A RestException with status 409, because the
 * engine REST API answers any other engine error of a start with 500 but passes this one's status on.
 */
public class LifecycleAlreadyRunning extends RestException {

    LifecycleAlreadyRunning(String message) {
        super(Status.CONFLICT, message);
    }

    static LifecycleAlreadyRunning forReference(String reference) {
        return new LifecycleAlreadyRunning("Complaint " + reference + " already has its lifecycle; it is not started twice");
    }
}
