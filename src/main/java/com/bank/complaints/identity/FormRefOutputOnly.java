package com.bank.complaints.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Lets Tasklist save a task that has a Camunda Form: "Set follow-up date", "Set due date" and resetting either.
 * Tasklist sends back the whole task it read (PUT .../task/{id}), with its form reference {@code camundaFormRef};
 * the engine REST API's {@link TaskDto} only gives that property out (a getter, and {@code CamundaFormRef} is an
 * interface), yet Camunda's Jackson mapper tries to read it too and refuses the body: 400 "Cannot construct
 * instance of CamundaFormRef". Here the form reference is output-only: a task body's {@code camundaFormRef} is
 * dropped before Jackson reads it (answers still carry it; nothing reads it on input, a form is the model's).
 * <p>
 * Jersey's auto-discovery (META-INF/services) adds this to every Jersey application of the app that uses
 * Camunda's REST mapper: the engine REST API (/engine-rest) and the webapps' own engine API
 * (/camunda/api/engine), which Tasklist calls. A reader interceptor rather than a second mapper: Jersey would
 * choose between two ObjectMapper resolvers of the same application in no fixed order.
 */
public final class FormRefOutputOnly implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        Configuration configuration = context.getConfiguration();
        if (configuration.getRuntimeType() == RuntimeType.SERVER && configuration.isRegistered(JacksonConfigurator.class)
                && !configuration.isRegistered(DropFormRef.class)) {
            context.register(DropFormRef.class);
        }
    }

    /** Reads a task body without its form reference; any other body, or one that is no JSON object, as it came. */
    @Provider
    @ConstrainedTo(RuntimeType.SERVER)
    public static final class DropFormRef implements ReaderInterceptor {

        static final String FORM_REF = "camundaFormRef";
        private static final ObjectMapper JSON = new ObjectMapper()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            MediaType type = context.getMediaType();
            if (TaskDto.class.isAssignableFrom(context.getType()) && type != null
                    && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                byte[] body = context.getInputStream().readAllBytes();
                context.setInputStream(new ByteArrayInputStream(withoutFormRef(body)));
            }
            return context.proceed();
        }

        static byte[] withoutFormRef(byte[] body) {
            try {
                JsonNode task = JSON.readTree(body);
                if (task instanceof ObjectNode object && object.remove(FORM_REF) != null) {
                    return JSON.writeValueAsBytes(object);
                }
            } catch (IOException notJson) {
                // Camunda's own reader answers a malformed body as it always has
            }
            return body;
        }
    }
}
