package com.bank.complaints.sla.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The plugin's root under Cockpit's API: its static files (/static/app/plugin.js, inherited) and, per
 * process engine, the SLA view's data. Jersey creates it per request; the data comes from the
 * application's Spring context, found through the servlet context.
 */
@Path("plugin/" + SlaViewPlugin.ID)
public class SlaViewRootResource extends AbstractCockpitPluginRootResource {

    public SlaViewRootResource() {
        super(SlaViewPlugin.ID);
    }

    @Path("{engine}")
    public SlaViewResource engine(@PathParam("engine") String engine) {
        return subResource(new SlaViewResource(engine,
                WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)), engine);
    }
}
