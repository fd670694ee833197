package com.bank.complaints.lifecycle;

import java.util.Arrays;
import java.util.Optional;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import org.camunda.bpm.engine.runtime.ActivityInstance;

/**
 * Where a complaint stands: the innermost running stage, an embedded subprocess named by analysts,
 * looked for also inside the deadline frames (Scope_...) that group stages under one clock.
 */
public final class Stages {

    private Stages() {
    }

    public static Optional<ActivityInstance> current(ActivityInstance scope) {
        if (scope == null) {
            return Optional.empty();
        }
        for (ActivityInstance child : scope.getChildActivityInstances()) {
            if (child.getActivityId().startsWith(Activities.STAGE_PREFIX)) {
                return Optional.of(current(child).orElse(child));
            }
        }
        return Arrays.stream(scope.getChildActivityInstances())
                .filter(child -> child.getActivityId().startsWith(Activities.SCOPE_PREFIX))
                .map(Stages::current)
                .flatMap(Optional::stream)
                .findFirst();
    }
}
