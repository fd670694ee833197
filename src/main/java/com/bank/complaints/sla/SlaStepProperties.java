package com.bank.complaints.sla;

import java.util.Map;

import com.bank.complaints.system.EngineParseListeners;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The clock (and late task) a warning or breach step stands for, written in the model as the end event's
 * extension properties ({@code clock}, {@code lateActivity}) and kept with the parsed process, so the step
 * reads them from its activity. As input parameters they were two local variables created, written to history
 * and deleted again by every SLA timer that fired (7 % of the job threads' CPU samples in a timer storm).
 * (Camunda keeps extension properties at run time for external tasks only.)
 */
@Component
class SlaStepProperties extends AbstractProcessEnginePlugin {

    /** The end event's extension properties; empty where it has none. */
    static Map<String, String> of(ExecutionEntity step) {
        Map<String, String> properties = step.getActivity().getProperties().get(BpmnProperties.EXTENSION_PROPERTIES);
        return properties == null ? Map.of() : properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineParseListeners.addAfterEngines(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseEndEvent(Element endEventElement, ScopeImpl scope, ActivityImpl activity) {
                Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(endEventElement);
                if (properties != null) {
                    activity.getProperties().set(BpmnProperties.EXTENSION_PROPERTIES, properties);
                }
            }
        });
    }
}
