package com.bank.complaints.system;

import java.time.Duration;
import java.util.Date;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A job that lost a race (another node's job or a person's task completed in the same case first, so
 * its transaction ended in an OptimisticLockingException) did nothing wrong: it runs again within
 * seconds and keeps its retries. The engine would otherwise wait the step's whole retry cycle (R3/PT5M
 * in the models), which held a complaint for five minutes whenever a handler completed a task while a
 * notice to the customer was being sent. A job that read the case while another transaction was
 * changing it (the engine then meets a scope that is gone: a NullPointerException inside its own
 * execution tree, or "deleted in the meantime") also runs again within seconds, but spends a retry, so
 * that a real defect still ends in an incident. Every other failure keeps the engine's retry cycle; once
 * the retries are spent the job is due at once, so that operations' Retry in Cockpit runs it then and
 * not at the end of a retry interval that has no meaning any more.
 */
@Component
class ConflictRetryPlugin extends AbstractProcessEnginePlugin {

    /** Long enough for the winner's transaction to be over, short enough that nobody notices. */
    static final Duration BACK_OFF = Duration.ofSeconds(1);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobCommandFactory((jobId, failure) -> failure instanceof OptimisticLockingException
                || staleCase(failure) ? new RunAgainSoon(jobId, failure) : new RetryCycle(jobId, failure));
    }

    /** The engine's execution tree changed under the job while it ran: a concurrent change, not a fault of the step. */
    static boolean staleCase(Throwable failure) {
        if (failure instanceof NullPointerException && failure.getStackTrace().length > 0) {
            return failure.getStackTrace()[0].getClassName().startsWith("org.camunda.bpm.engine.impl.pvm.");
        }
        return failure instanceof ProcessEngineException && String.valueOf(failure.getMessage()).contains("deleted in the meantime");
    }

    private static final class RetryCycle extends DefaultJobRetryCmd {

        RetryCycle(String jobId, Throwable failure) {
            super(jobId, failure);
        }

        @Override
        public Object execute(CommandContext commandContext) {
            super.execute(commandContext);
            JobEntity job = getJob();
            if (job != null && job.getRetries() == 0) {
                job.setDuedate(ClockUtil.getCurrentTime());
            }
            return null;
        }
    }

    private static final class RunAgainSoon extends JobRetryCmd {

        RunAgainSoon(String jobId, Throwable failure) {
            super(jobId, failure);
        }

        @Override
        public Object execute(CommandContext commandContext) {
            JobEntity job = getJob();
            if (job != null) {
                job.unlock();
                logException(job);
                // a lost race keeps its retries (the engine's rule); a stale read spends one
                decrementRetries(job);
                // jittered, so two nodes that collided do not collide again at the same instant
                long wait = BACK_OFF.toMillis() + ThreadLocalRandom.current().nextLong(BACK_OFF.toMillis());
                job.setDuedate(new Date(ClockUtil.getCurrentTime().getTime() + wait));
                notifyAcquisition(commandContext);
            }
            return null;
        }
    }
}
