package com.bank.complaints.authority;

import com.bank.complaints.lifecycle.ComplaintLifecycle;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds the lifecycle registry as a built-in listener of complaint-lifecycle: unlike the model's own
 * listeners, a start or modification with "skip custom listeners" cannot skip it.
 */
class AuthorityParseListener extends AbstractBpmnParseListener {

    private final LifecycleRegistry registry;

    AuthorityParseListener(LifecycleRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (ComplaintLifecycle.PROCESS_KEY.equals(processDefinition.getKey())) {
            processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, registry);
        }
    }

    @Override
    public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
        if (ComplaintLifecycle.Activities.START_COMPLAINT_RECEIVED.equals(startEventActivity.getId())) {
            // after the intake listener has given the complaint its reference
            startEventActivity.addBuiltInListener(ExecutionListener.EVENTNAME_END, registry);
        }
    }
}
