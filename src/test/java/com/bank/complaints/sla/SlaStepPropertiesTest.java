package com.bank.complaints.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.bank.complaints.lifecycle.ComplaintLifecycle.Variables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: a warning or breach step learns its clock and late task from its end event's extension properties,
 * kept with the parsed process, and writes no variable for them; a step of a process version deployed before
 * (input parameters) still learns them from its local variables. A plain engine with the plugin alone.
 */
class SlaStepPropertiesTest {

    private static ProcessEngine engine;

    private final List<SlaEvents.Late> seen = new ArrayList<>();

    @BeforeAll
    static void engineWithThePlugin() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("sla-step-properties");
        configuration.setJdbcUrl("jdbc:h2:mem:sla-step-properties;DB_CLOSE_DELAY=-1");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setExpressionManager(new MockExpressionManager());
        configuration.getProcessEnginePlugins().add(new SlaStepProperties());
        engine = configuration.buildProcessEngine();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void recordingStep() {
        Mocks.register("slaWarningDelegate", (JavaDelegate) step -> seen.add(SlaEvents.Late.of(step)));
    }

    @AfterEach
    void resetMocks() {
        Mocks.reset();
    }

    @Test
    @DisplayName("a step named by extension properties knows its clock and late task and writes no variable for them")
    void extensionPropertiesNameTheClockWithoutVariables() {
        ProcessInstance instance = run("NewSlaStep", """
                <camunda:properties>
                  <camunda:property name="clock" value="URGENT_ROOT_CAUSE" />
                  <camunda:property name="lateActivity" value="Task_FindRootCause" />
                </camunda:properties>""");

        assertThat(seen).containsExactly(new SlaEvents.Late("CC-PROPS-1", instance.getId(), SlaClock.URGENT_ROOT_CAUSE,
                "Task_FindRootCause"));
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableNameIn(Variables.CLOCK, Variables.LATE_ACTIVITY).count()).isZero();
    }

    @Test
    @DisplayName("a step of a version deployed before, with input parameters, still knows its clock")
    void inputParametersOfEarlierVersionsStillNameTheClock() {
        ProcessInstance instance = run("OldSlaStep", """
                <camunda:inputOutput>
                  <camunda:inputParameter name="clock">REPLY</camunda:inputParameter>
                </camunda:inputOutput>""");

        assertThat(seen).containsExactly(new SlaEvents.Late("CC-PROPS-1", instance.getId(), SlaClock.REPLY, null));
    }

    /** Deploys a process whose one step is a warning end event with the given extension elements, and runs it. */
    private static ProcessInstance run(String key, String extensionElements) {
        String model = """
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="https://bank.example/test">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="StartEvent_Late" />
                    <bpmn:sequenceFlow id="Flow_ToWarned" sourceRef="StartEvent_Late" targetRef="EndEvent_Warned" />
                    <bpmn:endEvent id="EndEvent_Warned">
                      <bpmn:extensionElements>%s</bpmn:extensionElements>
                      <bpmn:messageEventDefinition camunda:delegateExpression="${slaWarningDelegate}" />
                    </bpmn:endEvent>
                  </bpmn:process>
                </bpmn:definitions>""".formatted(key, extensionElements);
        engine.getRepositoryService().createDeployment().addString(key + ".bpmn", model).deploy();
        return engine.getRuntimeService().startProcessInstanceByKey(key, "CC-PROPS-1");
    }
}
