package com.bank.complaints.system;

import java.time.Duration;

import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ExecutorConfigurationSupport;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * On shutdown the job executor starts no new job and lets the running ones finish. Left alone, the
 * starter's job executor keeps acquiring and starting jobs until the engine closes, after every
 * shutdown phase; its thread pool (camundaTaskExecutor) waits for whatever runs at that moment, and
 * interrupts what still runs when spring.lifecycle.timeout-per-shutdown-phase is up, so a steady
 * stream of jobs could be cut off halfway. Here acquisition stops first (jobs acquired but not yet
 * started are unlocked at once, for another node or the next start), then this waits for the
 * running jobs, at most that timeout.
 */
@Component
class JobExecutorShutdown implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(JobExecutorShutdown.class);
    private static final long POLL_MILLIS = 50;

    private final ObjectProvider<JobExecutor> jobExecutor;
    private final Duration timeout;
    private volatile boolean running;

    JobExecutorShutdown(ObjectProvider<JobExecutor> jobExecutor,
            @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration timeout) {
        this.jobExecutor = jobExecutor;
        this.timeout = timeout;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        JobExecutor executor = jobExecutor.getIfAvailable();
        if (executor == null || !executor.isActive()) {
            return;
        }
        // SpringJobExecutor.shutdown() stops the acquisition thread only; the jobs it started go on
        executor.shutdown();
        if (executor instanceof SpringJobExecutor spring && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor jobThreads) {
            awaitRunningJobs(jobThreads);
        }
    }

    private void awaitRunningJobs(ThreadPoolTaskExecutor jobThreads) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int busy = busy(jobThreads);
        if (busy > 0) {
            LOG.info("Job executor stopped acquiring jobs; waiting up to {} for {} running job batch(es)", timeout, busy);
        }
        while (busy > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            busy = busy(jobThreads);
        }
        if (busy > 0) {
            LOG.warn("{} job batch(es) still running after {}: they are interrupted, rolled back and retried later",
                    busy, timeout);
        } else {
            LOG.info("Job executor: no job running any more");
        }
    }

    private static int busy(ThreadPoolTaskExecutor jobThreads) {
        return jobThreads.getActiveCount() + jobThreads.getQueueSize();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the web server has stopped taking requests, before the job threads' pool stops. */
    @Override
    public int getPhase() {
        return ExecutorConfigurationSupport.DEFAULT_PHASE + 1;
    }
}
