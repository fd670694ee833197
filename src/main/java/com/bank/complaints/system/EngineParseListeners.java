package com.bank.complaints.system;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** For engine plugins: a BPMN parse listener that runs after the engine's own, beside those of other plugins. */
public final class EngineParseListeners {

    private EngineParseListeners() {
    }

    public static void addAfterEngines(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(listener);
    }
}
