package com.bank.complaints.lifecycle;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Engine work the application does on its own behalf from inside a user's call (moving timers,
 * revoking rights for the four-eyes rule): the rule is the application's, not the user's, so the
 * user's authorizations do not apply. Outside an engine call our calls carry no user anyway.
 */
public final class AsSystem {

    private AsSystem() {
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(Supplier<T> work) {
        CommandContext command = Context.getCommandContext();
        return command == null ? work.get() : command.runWithoutAuthorization(work::get);
    }
}
