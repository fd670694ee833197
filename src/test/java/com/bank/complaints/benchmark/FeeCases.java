package com.bank.complaints.benchmark;

import static com.bank.complaints.TestComplaints.feeComplaint;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.bank.complaints.CaseDriver;
import com.bank.complaints.Desk;
import com.bank.complaints.cluster.Node;
import com.bank.complaints.customer.CustomerResponses;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Activities;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * Drives general fee complaints from intake to archive on a node, as its people would, through the
 * test suite's CaseDriver (the API for intake, the engine's services for tasks, jobs run in the
 * calling thread): investigation, a fee waiver the front line may grant, the customer accepts,
 * dual review, survey, callback, archive. The node's job executor must be off while it drives.
 */
final class FeeCases {

    private final CaseDriver cases;
    private final CustomerResponses customer;
    private final DriverCalls calls = new DriverCalls();

    FeeCases(Node node) {
        RuntimeService runtime = calls.counted(RuntimeService.class, node.bean(RuntimeService.class));
        ManagementService management = calls.counted(ManagementService.class, node.bean(ManagementService.class));
        Desk desk = new Desk(new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + node.port())),
                runtime, management);
        this.cases = new CaseDriver(desk, calls.counted(TaskService.class, node.bean(TaskService.class)),
                calls.counted(IdentityService.class, node.bean(IdentityService.class)), management, runtime);
        this.customer = node.bean(CustomerResponses.class);
    }

    /** The driver's calls on the engine's services so far, by method name (see {@link DriverCalls}). */
    Map<String, Long> driverCalls() {
        return calls.snapshot();
    }

    /**
     * {@code count} complaints from intake to archive on the node, its job executor paused meanwhile (the
     * driver runs the jobs); returns their references.
     */
    static List<String> sample(Node node, int count) {
        JobExecutor jobExecutor = node.bean(ProcessEngineConfigurationImpl.class).getJobExecutor();
        jobExecutor.shutdown();
        try {
            FeeCases cases = new FeeCases(node);
            return IntStream.range(0, count).mapToObj(i -> cases.driveToArchive()).toList();
        } finally {
            jobExecutor.start();
        }
    }

    /** One complaint from intake to archive; returns its reference. */
    String driveToArchive() {
        String ref = cases.submit(feeComplaint());
        cases.investigate(ref, "FACT_CLEAR");
        cases.propose(ref, "handler", "FEE_WAIVER", 128.5);
        cases.complete(ref, Activities.RECORD_CUSTOMER_DECISION, "handler", Map.of(Variables.CUSTOMER_ACCEPTED, true));
        cases.dualReview(ref, "ops", true);
        customer.rate(ref, 4);
        cases.runJobs(ref);
        cases.callBackAndClose(ref);
        if (cases.process(ref) != null) {
            throw new IllegalStateException(ref + " did not reach the archive; open: " + cases.openTasks(ref));
        }
        return ref;
    }
}
