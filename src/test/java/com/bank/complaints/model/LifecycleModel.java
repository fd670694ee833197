package com.bank.complaints.model;

import static com.bank.complaints.TestComplaints.feeComplaint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.bank.complaints.lifecycle.ComplaintLifecycle;
import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import com.bank.complaints.lifecycle.TaskPriority;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The analysts' models alone, for the model tests of this package: a ProcessEngineExtension that
 * deploys processes/*.bpmn, processes/*.dmn and forms/*.form together, as the app deploys them, into a
 * plain in-memory engine (H2, history full, no job executor, none of the app's engine plugins), fresh
 * for every test. Every bean a model names in a delegate expression does nothing here, except
 * triageRecorder, which spreads the triage table's row into the variables the gateways read (as the
 * real one does); ${deadlines...} and ${lifecyclePolicy...} give fixed dates and durations. Cases start
 * with the variables intake hands the process (Complaint.processVariables, IntakeService.Registration),
 * under references like CC-20261205-000001. Nothing here records process test coverage:
 * target/process-test-coverage counts the full-application tests only.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final LifecycleModel model = new LifecycleModel();
 * </pre>
 */
public final class LifecycleModel extends ProcessEngineExtension implements BeforeEachCallback, AfterEachCallback {

    /** When every test complaint was received; the SLA clocks count from here. */
    static final Instant RECEIVED_AT = Instant.parse("2026-12-05T09:00:00Z");

    /** What triage leaves behind for a general fee dispute the triage table was sure of. */
    static final Map<String, Object> TRIAGED_GENERAL = Map.of(Variables.SEVERITY, "GENERAL",
            Variables.CATEGORY, "PRODUCT", Variables.SPECIAL_KIND, "NONE", Variables.COMPLEXITY, "SIMPLE",
            Variables.HANDLING_GROUP, ComplaintLifecycle.Groups.COMPLAINT_HANDLERS, Variables.TRIAGE_CONFIDENT, true);

    private static final List<Path> MODEL_FOLDERS = List.of(Path.of("processes"), Path.of("forms"));
    private static final Set<String> MODEL_SUFFIXES = Set.of(".bpmn", ".dmn", ".form");
    private static final Pattern DELEGATE_EXPRESSION = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
    private static final AtomicLong LAST_REFERENCE = new AtomicLong();
    private static final BpmnModelInstance LIFECYCLE = Bpmn.readModelFromFile(Path.of("processes", "complaint-lifecycle.bpmn").toFile());
    private static ProcessEngine sharedEngine;

    /** One engine serves every model test class. */
    public LifecycleModel() {
        useProcessEngine(sharedEngine());
    }

    private static synchronized ProcessEngine sharedEngine() {
        if (sharedEngine == null) {
            StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
            // a name and a database of its own, apart from the app's engine in the same test JVM
            configuration.setProcessEngineName("complaint-models");
            configuration.setJdbcUrl("jdbc:h2:mem:complaint-models;DB_CLOSE_DELAY=-1");
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            configuration.setJobExecutorActivate(false);
            configuration.setExpressionManager(new MockExpressionManager());
            sharedEngine = configuration.buildProcessEngine();
        }
        return sharedEngine;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        DeploymentBuilder deployment = repositoryService.createDeployment().name("complaint models");
        Set<String> hooks = new TreeSet<>();
        for (Path model : models()) {
            String text = read(model);
            deployment.addString(model.getFileName().toString(), text);
            Matcher hook = DELEGATE_EXPRESSION.matcher(text);
            while (hook.find()) {
                hooks.add(hook.group(1));
            }
        }
        manageDeployment(deployment.deploy());
        hooks.forEach(name -> Mocks.register(name, new NoHook()));
        Mocks.register("triageRecorder", (ExecutionListener) LifecycleModel::spreadTriageResult);
        Mocks.register("deadlines", new FixedDeadlines());
        Mocks.register("lifecyclePolicy", new FixedPolicy());
        Mocks.register("taskPriority", new TaskPriority());
        BpmnAwareTests.init(processEngine);
    }

    /** After ProcessEngineExtension has deleted the deployment, whose cascade still calls the stand-ins. */
    @Override
    public void afterEach(ExtensionContext context) {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    /**
     * The given activities with the deadline frames (Scope_...) they sit in, which wait with them: what
     * the complaint is waiting at, as isWaitingAtExactly wants it.
     */
    public static String[] inFrames(String... activityIds) {
        Set<String> waiting = new TreeSet<>(List.of(activityIds));
        for (String id : activityIds) {
            ModelElementInstance element = LIFECYCLE.getModelElementById(id);
            for (ModelElementInstance parent = element == null ? null : element.getParentElement(); parent instanceof SubProcess frame;
                    parent = parent.getParentElement()) {
                if (frame.getId().startsWith(ComplaintLifecycle.Activities.SCOPE_PREFIX)) {
                    waiting.add(frame.getId());
                }
            }
        }
        return waiting.toArray(String[]::new);
    }

    /** A registered complaint (TestComplaints) starts the lifecycle at its start event, as intake starts it. */
    public ProcessInstance receive(Map<String, Object> complaint) {
        Map<String, Object> variables = registered(complaint);
        return runtimeService.startProcessInstanceByKey(ComplaintLifecycle.PROCESS_KEY,
                reference(variables), variables);
    }

    /** A registered complaint, not yet triaged, enters the lifecycle just before the given activity. */
    public ProcessInstance startBefore(String activityId, Map<String, Object> complaint) {
        return enter(activityId, registered(complaint));
    }

    /**
     * A general fee dispute, registered and triaged (TRIAGED_GENERAL), enters the lifecycle just before
     * the given activity, with what the stages before it recorded (later values win).
     */
    public ProcessInstance caseAt(String activityId, Map<String, Object> recordedSoFar) {
        return enter(activityId, triaged(recordedSoFar));
    }

    public ProcessInstance caseAt(String activityId) {
        return caseAt(activityId, Map.of());
    }

    /** The expert panel (complaint-escalation) started on its own for a triaged fee dispute. */
    public ProcessInstance escalation() {
        Map<String, Object> variables = triaged(Map.of());
        return runtimeService.startProcessInstanceByKey(ComplaintLifecycle.ESCALATION_PROCESS_KEY,
                reference(variables), variables);
    }

    private ProcessInstance enter(String activityId, Map<String, Object> variables) {
        return runtimeService.createProcessInstanceByKey(ComplaintLifecycle.PROCESS_KEY)
                .businessKey(reference(variables)).setVariables(variables).startBeforeActivity(activityId).execute();
    }

    private static Map<String, Object> triaged(Map<String, Object> recordedSoFar) {
        Map<String, Object> variables = registered(feeComplaint());
        variables.putAll(TRIAGED_GENERAL);
        variables.putAll(recordedSoFar);
        return variables;
    }

    /** The variables intake starts the lifecycle with (Complaint.processVariables and IntakeService.Registration). */
    static Map<String, Object> registered(Map<String, Object> complaint) {
        Map<String, Object> variables = new HashMap<>(complaint);
        variables.remove(Variables.CHANNEL_MESSAGE_ID);
        variables.remove(Variables.CUSTOMER_AGE_BAND);
        variables.put(Variables.REFERENCE, "CC-20261205-%06d".formatted(LAST_REFERENCE.incrementAndGet()));
        if (complaint.get(Variables.DISPUTED_AMOUNT) instanceof Number amount) {
            variables.put(Variables.DISPUTED_AMOUNT, amount.doubleValue());
        }
        variables.put(Variables.INTAKE_AGENT, null);
        variables.put(Variables.REGULATORY_DUE, FixedDeadlines.dueAt("REGULATORY_CLOSE"));
        variables.put(Variables.PRIOR_COMPLAINTS, 0L);
        variables.put(Variables.CUSTOMER_REJECTIONS, 0L);
        return variables;
    }

    private static String reference(Map<String, Object> variables) {
        return (String) variables.get(Variables.REFERENCE);
    }

    /** triageRecorder's part the model relies on: the table's one row becomes severity, category, ... */
    @SuppressWarnings("unchecked")
    private static void spreadTriageResult(DelegateExecution execution) {
        execution.setVariables((Map<String, Object>) execution.getVariable(Variables.TRIAGE_RESULT));
    }

    private static List<Path> models() {
        return MODEL_FOLDERS.stream().flatMap(LifecycleModel::list)
                .filter(file -> MODEL_SUFFIXES.stream().anyMatch(file.toString()::endsWith)).sorted().toList();
    }

    private static Stream<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stands in for a delegate or listener bean: it does nothing, so only the model decides where a case goes. */
    static final class NoHook implements JavaDelegate, ExecutionListener, TaskListener {

        @Override
        public void execute(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateTask task) {
        }
    }

    /**
     * Stands in for the deadlines bean (${deadlines.due(execution, 'REPLY')}): each SLA clock falls due
     * a fixed time after RECEIVED_AT, different for the three the customer is promised, and warns at 80%.
     */
    public static final class FixedDeadlines {

        public Date due(Object execution, String clock) {
            return dueAt(clock);
        }

        public Date warningAt(Object execution, String clock) {
            return Date.from(RECEIVED_AT.plus(allowed(clock).multipliedBy(4).dividedBy(5)));
        }

        static Date dueAt(String clock) {
            return Date.from(RECEIVED_AT.plus(allowed(clock)));
        }

        private static Duration allowed(String clock) {
            return switch (clock) {
                case "FIRST_RESPONSE" -> Duration.ofHours(24);
                case "REPLY" -> Duration.ofDays(3);
                case "REGULATORY_CLOSE" -> Duration.ofDays(30);
                default -> Duration.ofDays(2);
            };
        }
    }

    /** Stands in for the lifecyclePolicy bean: the default waits of complaints.lifecycle.*. */
    public static final class FixedPolicy {

        public String getEvidenceReminderAfter() {
            return "P3D";
        }

        public String getEvidenceWaitAtMost() {
            return "P10D";
        }

        public String getAgreementConfirmWithin() {
            return "P7D";
        }

        public String getSurveyWaitAtMost() {
            return "P3D";
        }

        public String getFollowUpWithin() {
            return "PT24H";
        }
    }
}
