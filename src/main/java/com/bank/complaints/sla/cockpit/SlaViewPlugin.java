package com.bank.complaints.sla.cockpit;

import java.util.Set;

import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The SLA view in Cockpit, registered through META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin:
 * its REST resource under /camunda/api/cockpit/plugin/sla-view/{engine}/..., and its frontend
 * (plugin-webapp/sla-view/app/plugin.js and plugin.css), which Cockpit loads from
 * /camunda/api/cockpit/plugin/sla-view/static/app/.
 */
public class SlaViewPlugin extends AbstractCockpitPlugin {

    public static final String ID = "sla-view";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(SlaViewRootResource.class);
    }
}
