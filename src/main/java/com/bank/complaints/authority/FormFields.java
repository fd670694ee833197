package com.bank.complaints.authority;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.bank.complaints.system.FieldError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The fields a Camunda Form lets its user write: its keyed input fields that are neither read-only
 * nor disabled. What a task's completion (or a start) may write is decided here: an editable field
 * passes; a read-only field sent back unchanged, as Tasklist sends the context it shows, is dropped;
 * a changed read-only field or a field the form does not have refuses the whole submission (400
 * naming each field), so nothing is written.
 */
final class FormFields {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "checkbox", "checklist",
            "radio", "select", "taglist", "datetime");
    /** Forms of a deployment never change, so they are read once per deployment and key. */
    private static final Map<String, FormFields> PARSED = new ConcurrentHashMap<>();
    private static final FormFields NONE = new FormFields("no form", Set.of(), Set.of());

    private final String form;
    private final Set<String> editable;
    private final Set<String> readOnly;

    private FormFields(String form, Set<String> editable, Set<String> readOnly) {
        this.form = form;
        this.editable = editable;
        this.readOnly = readOnly;
    }

    static FormFields ofTask(CommandContext context, TaskEntity task) {
        if (task == null || task.getProcessDefinitionId() == null) {
            return NONE;
        }
        task.initializeFormKey();
        return of(context, task.getCamundaFormRef(), task.getProcessDefinition().getDeploymentId());
    }

    static FormFields ofStart(CommandContext context, ProcessDefinitionEntity definition) {
        FormDefinition start = definition == null ? null : definition.getStartFormDefinition();
        if (start == null || start.getCamundaFormDefinitionKey() == null) {
            return NONE;
        }
        CamundaFormRef ref = new CamundaFormRefImpl(start.getCamundaFormDefinitionKey().getExpressionText(),
                start.getCamundaFormDefinitionBinding());
        return of(context, ref, definition.getDeploymentId());
    }

    private static FormFields of(CommandContext context, CamundaFormRef ref, String deploymentId) {
        if (ref == null) {
            return NONE;
        }
        return PARSED.computeIfAbsent(deploymentId + "/" + ref.getKey() + "/" + ref.getBinding() + "/" + ref.getVersion(),
                key -> context.runWithoutAuthorization(() -> parse(context, ref, deploymentId)));
    }

    private static FormFields parse(CommandContext context, CamundaFormRef ref, String deploymentId) {
        CamundaFormDefinition definition = new GetCamundaFormDefinitionCmd(ref, deploymentId).execute(context);
        if (definition == null) {
            throw new ProcessEngineException("Form " + ref.getKey() + " is not deployed");
        }
        ResourceEntity resource = context.getResourceManager()
                .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
        Set<String> editable = new TreeSet<>();
        Set<String> readOnly = new TreeSet<>();
        try {
            collect(JSON.readTree(resource.getBytes()).path("components"), editable, readOnly);
        } catch (IOException e) {
            throw new ProcessEngineException("Form " + ref.getKey() + " cannot be read", e);
        }
        readOnly.removeAll(editable);
        return new FormFields(ref.getKey(), Set.copyOf(editable), Set.copyOf(readOnly));
    }

    private static void collect(JsonNode components, Set<String> editable, Set<String> readOnly) {
        for (JsonNode component : components) {
            collect(component.path("components"), editable, readOnly);
            String key = component.path("key").asText(null);
            if (key == null || !INPUTS.contains(component.path("type").asText())) {
                continue;
            }
            boolean locked = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
            (locked ? readOnly : editable).add(key);
        }
    }

    /**
     * What of the submitted variables may be written on this task (null for a start): editable fields,
     * without the read-only ones sent back unchanged; throws naming every field that may not be written.
     */
    Map<String, Object> admit(TaskEntity task, Map<String, Object> submitted) {
        if (submitted == null || submitted.isEmpty()) {
            return submitted;
        }
        Map<String, Object> admitted = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        submitted.forEach((name, value) -> {
            if (editable.contains(name)) {
                admitted.put(name, value);
            } else if (readOnly.contains(name)) {
                if (task == null || !same(task.getVariable(name), value)) {
                    errors.add(new FieldError(name, "is shown read-only on form " + form + " and cannot be changed"));
                }
            } else {
                errors.add(new FieldError(name, "is not a field of form " + form + "; it cannot be written here"));
            }
        });
        if (!errors.isEmpty()) {
            throw new FormFieldValidationException(errors, "Nothing was saved. " + errors.stream()
                    .map(error -> error.field() + " " + error.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        }
        return admitted;
    }

    /** Tasklist sends numbers and dates back in its own types and formats; the same value is the same. */
    static boolean same(Object current, Object sent) {
        Object value = sent instanceof TypedValue typed ? typed.getValue() : sent;
        if (current == null || value == null) {
            return current == null && (value == null || "".equals(value));
        }
        if (current instanceof Number a && value instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        if (current instanceof Date date) {
            Long sentTime = value instanceof Date d ? Long.valueOf(d.getTime()) : parseTime(value.toString());
            return sentTime != null && sentTime == date.getTime();
        }
        return Objects.equals(current.toString(), value.toString());
    }

    private static Long parseTime(String text) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME,
                DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"))) {
            try {
                return OffsetDateTime.parse(text, format).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }
}
