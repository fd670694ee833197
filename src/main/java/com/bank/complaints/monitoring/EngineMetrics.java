package com.bank.complaints.monitoring;

import java.util.List;

import com.bank.complaints.intake.ComplaintRepository;
import com.bank.complaints.sla.SlaEvents;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * What operations watch besides the JVM: work the job executor has not done yet, jobs out of
 * retries, open incidents by type, and complaints received. Each value is one count query in the
 * shared database, run when Prometheus scrapes; so every node of a cluster reports the same
 * figures (aggregate them with max, not sum).
 */
@Component
class EngineMetrics implements MeterBinder {

    /** The incident types the desk raises: failed jobs (retries used up) and SLA breaches. */
    static final List<String> INCIDENT_TYPES = List.of(Incident.FAILED_JOB_HANDLER_TYPE, SlaEvents.INCIDENT_TYPE);

    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final ComplaintRepository complaints;

    EngineMetrics(ManagementService managementService, RuntimeService runtimeService, ComplaintRepository complaints) {
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.complaints = complaints;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("complaints.jobs.backlog", this, EngineMetrics::backlog)
                .description("Jobs due now with retries left, waiting for the job executor (timers, async steps)")
                .register(registry);
        Gauge.builder("complaints.jobs.failed", this, EngineMetrics::failedJobs)
                .description("Jobs without retries left; each one is an incident until someone retries it")
                .register(registry);
        for (String type : INCIDENT_TYPES) {
            Gauge.builder("complaints.incidents.open", this, metrics -> metrics.openIncidents(type))
                    .description("Open incidents, by type (failedJob, slaBreach)")
                    .tag("type", type)
                    .register(registry);
        }
        FunctionCounter.builder("complaints.received", this, EngineMetrics::received)
                .description("Complaints received since the database was created")
                .register(registry);
    }

    private double backlog() {
        return managementService.createJobQuery().executable().count();
    }

    private double failedJobs() {
        return managementService.createJobQuery().noRetriesLeft().count();
    }

    private double openIncidents(String type) {
        return runtimeService.createIncidentQuery().incidentType(type).count();
    }

    private double received() {
        return complaints.count();
    }
}
