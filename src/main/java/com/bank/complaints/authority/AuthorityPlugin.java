package com.bank.complaints.authority;

import java.util.ArrayList;

import com.bank.complaints.system.EngineParseListeners;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts the authority rules into the engine itself, so Tasklist, Cockpit, the engine REST API and
 * Java callers all obey them: who may run which command and what it may write ({@link CommandGuard})
 * and one lifecycle per reference ({@link LifecycleRegistry}).
 */
@Component
class AuthorityPlugin extends AbstractProcessEnginePlugin {

    private final LifecycleRegistry registry;
    private final AttachmentAuthors authors;

    AuthorityPlugin(LifecycleRegistry registry, AttachmentAuthors authors) {
        this.registry = registry;
        this.authors = authors;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new CommandGuard(authors));
        EngineParseListeners.addAfterEngines(configuration, new AuthorityParseListener(registry));
    }
}
