package com.bank.complaints.sla.cockpit;

import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.ADMINISTRATORS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.COMPLIANCE_OFFICERS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.SENIOR_MANAGERS;
import static com.bank.complaints.lifecycle.ComplaintLifecycle.Groups.SUPERVISORS;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import com.bank.complaints.sla.SlaOverview;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.context.ApplicationContext;

/**
 * The SLA view's data for one process engine (GET .../overview, GET .../heatmap). Only compliance
 * officers, supervisors, senior managers and administrators may read it: anyone else logged in to
 * the webapps (a handler in Tasklist) is refused with 403, whatever Cockpit lets them open.
 */
public class SlaViewResource extends AbstractCockpitPluginResource {

    /** The groups that may read the SLA view. */
    public static final Set<String> READERS = Set.of(COMPLIANCE_OFFICERS, SUPERVISORS, SENIOR_MANAGERS, ADMINISTRATORS);

    private final ApplicationContext spring;

    public SlaViewResource(String engineName, ApplicationContext spring) {
        super(engineName);
        this.spring = spring;
    }

    /** GET .../access: 200 for a reader of the SLA view, 403 for anyone else (the navigation entry hides itself then). */
    @GET
    @Path("access")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> access() {
        String reader = asReader(() -> "reader");
        return Map.of(reader, getCurrentAuthentication().getUserId());
    }

    /** GET .../overview?clock=&stage=&group=: open breaches and clocks due within 24 hours, with their groupings. */
    @GET
    @Path("overview")
    @Produces(MediaType.APPLICATION_JSON)
    public SlaOverview.View overview(@QueryParam("clock") String clock, @QueryParam("stage") String stage,
            @QueryParam("group") String handlingGroup) {
        SlaOverview overview = spring.getBean(SlaOverview.class);
        return asReader(() -> overview.read(new SlaOverview.Filter(clock, stage, handlingGroup)));
    }

    /** GET .../heatmap?processDefinitionId=: late and due-soon complaints per stage and deadline frame of the diagram. */
    @GET
    @Path("heatmap")
    @Produces(MediaType.APPLICATION_JSON)
    public SlaOverview.HeatMap heatMap(@QueryParam("processDefinitionId") String processDefinitionId) {
        SlaOverview overview = spring.getBean(SlaOverview.class);
        return asReader(() -> overview.heatMap(processDefinitionId));
    }

    /**
     * Checks the reader's groups, then reads for the application: the view shows every complaint's
     * deadlines to those allowed, whichever process instances the engine's authorizations let them read.
     */
    private <T> T asReader(Supplier<T> read) {
        Authentication reader = getCurrentAuthentication();
        List<String> groups = reader == null || reader.getGroupIds() == null ? List.of() : reader.getGroupIds();
        if (reader == null || groups.stream().noneMatch(READERS::contains)) {
            throw new RestException(Status.FORBIDDEN, "The SLA view is for compliance officers, supervisors,"
                    + " senior managers and administrators");
        }
        IdentityService identity = spring.getBean(IdentityService.class);
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return read.get();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }
}
