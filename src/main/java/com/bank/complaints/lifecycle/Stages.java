package com.bank.complaints.lifecycle;

import java.util.Arrays;
import java.util.Optional;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import org.camunda.bpm.engine.runtime.ActivityInstance;

/** Where a complaint stands: the innermost running stage, an embedded subprocess named by analysts. */
public final class Stages {

    private Stages() {
    }

    public static Optional<ActivityInstance> current(ActivityInstance scope) {
        if (scope == null) {
            return Optional.empty();
        }
        return Arrays.stream(scope.getChildActivityInstances())
                .filter(child -> child.getActivityId().startsWith(Activities.STAGE_PREFIX))
                .findFirst()
                .map(child -> current(child).orElse(child));
    }
}
