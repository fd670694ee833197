package com.bank.complaints.authority;

import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/** The engine REST API answers a second lifecycle for a reference with 409 instead of Camunda's generic 500. */
@Component
class EngineRestConflicts implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(new ConflictMapper());
    }

    static class ConflictMapper implements ExceptionMapper<LifecycleAlreadyRunning> {

        @Override
        public Response toResponse(LifecycleAlreadyRunning e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "Conflict", "message", e.getMessage())).build();
        }
    }
}
