package com.bank.complaints.carddata;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Masks card numbers in the engine's history before it is written (issue 13 point 6, PCI DSS 3.4).
 * The engine records every value a variable is given (ACT_HI_VARINST, ACT_HI_DETAIL) and every field a
 * form submits (ACT_HI_DETAIL) before any listener runs: a card number typed into the Tasklist start
 * form would otherwise stay there in clear for the history's lifetime, although intake masks the
 * variable itself a moment later.
 */
@Component
class CardDataHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Masking(configuration.getHistoryEventHandler()));
    }

    private static void mask(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity update && CardVariables.holdsCardData(update.getVariableName())) {
            update.setTextValue(CardVariables.masked(update.getVariableName(), update.getTextValue()));
            update.setByteValue(CardVariables.masked(update.getByteValue()));
        } else if (event instanceof HistoricFormPropertyEventEntity field && CardVariables.holdsCardData(field.getPropertyId())) {
            field.setPropertyValue(CardVariables.masked(field.getPropertyId(), (String) field.getPropertyValue()));
        }
    }

    /** The engine's own handler, handed each event masked. */
    private record Masking(HistoryEventHandler engine) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            mask(event);
            engine.handleEvent(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(CardDataHistoryPlugin::mask);
            engine.handleEvents(events);
        }
    }
}
