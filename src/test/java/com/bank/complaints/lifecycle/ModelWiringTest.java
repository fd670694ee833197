package com.bank.complaints.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.bank.complaints.DeskTest;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The analysts' models and the Java side must fit: every delegate expression names a bean, every
 * formRef a form in forms/, every decisionRef a decision and every call activity a process; every id
 * is meaningful, every element is named and laid out, and every model keeps its history for a set time.
 */
@DeskTest
class ModelWiringTest {

    private static final Path PROCESSES = Path.of("processes");
    private static final Path FORMS = Path.of("forms");
    private static final Pattern EXPRESSION_BEAN = Pattern.compile("\\$\\{(\\w+)}");
    private static final Pattern MEANINGFUL_ID = Pattern.compile("[A-Z][A-Za-z]+_[A-Z][A-Za-z0-9]+");
    private static final Pattern RULES_THEN_WORDS = Pattern.compile("R-[A-Z]+-\\d+(, R-[A-Z]+-\\d+)*: [a-z].{30,}", Pattern.DOTALL);
    private static final Pattern CAMUNDA_ATTRIBUTE =
            Pattern.compile("camunda:(delegateExpression|formRef|decisionRef)=\"([^\"]+)\"");

    @Autowired
    ApplicationContext context;

    @Test
    @DisplayName("every delegate expression in the models names a Spring bean")
    void delegateExpressionsNameBeans() throws IOException {
        for (Path model : models()) {
            for (String expression : attributes(model, "delegateExpression")) {
                Matcher bean = EXPRESSION_BEAN.matcher(expression);
                assertThat(bean.matches()).as("%s: %s is a plain ${bean}", model, expression).isTrue();
                assertThat(context.containsBean(bean.group(1))).as("%s: bean %s", model, bean.group(1)).isTrue();
            }
        }
    }

    @Test
    @DisplayName("every formRef names a form in forms/ whose id is its file name")
    void formRefsNameForms() throws IOException {
        Set<String> formIds = formIds();
        for (Path model : models()) {
            assertThat(formIds).as("forms referenced by %s", model).containsAll(attributes(model, "formRef"));
        }
    }

    @Test
    @DisplayName("every decisionRef names a decision in processes/*.dmn and every call activity a process in processes/*.bpmn")
    void decisionsAndCalledProcessesExist() throws IOException {
        Set<String> decisions = new HashSet<>();
        for (Path table : files(".dmn")) {
            DmnModelInstance dmn = Dmn.readModelFromFile(table.toFile());
            for (Decision decision : dmn.getModelElementsByType(Decision.class)) {
                decisions.add(decision.getId());
                assertThat(decision.getCamundaHistoryTimeToLiveString()).as("%s historyTimeToLive", table).isNotBlank();
            }
        }
        Set<String> processes = new HashSet<>();
        for (Path model : models()) {
            read(model).getModelElementsByType(Process.class).forEach(process -> processes.add(process.getId()));
        }
        for (Path model : models()) {
            assertThat(decisions).as("decisions referenced by %s", model).containsAll(attributes(model, "decisionRef"));
            for (CallActivity call : read(model).getModelElementsByType(CallActivity.class)) {
                assertThat(processes).as("%s calls", call.getId()).contains(call.getCalledElement());
            }
        }
    }

    @Test
    @DisplayName("every flow element has a meaningful id and every flow node a name")
    void idsAreMeaningfulAndNodesNamed() throws IOException {
        for (Path model : models()) {
            for (FlowElement element : read(model).getModelElementsByType(FlowElement.class)) {
                assertThat(element.getId()).as("%s id", model).matches(MEANINGFUL_ID);
                if (element instanceof FlowNode) {
                    assertThat(element.getName()).as("%s name of %s", model, element.getId()).isNotBlank();
                }
            }
        }
    }

    @Test
    @DisplayName("every flow node has a shape and every sequence flow an edge in the diagram")
    void everythingIsLaidOut() throws IOException {
        for (Path model : models()) {
            BpmnModelInstance bpmn = read(model);
            Set<String> shapes = ids(bpmn.getModelElementsByType(BpmnShape.class).stream()
                    .map(BpmnShape::getBpmnElement).toList());
            Set<String> edges = ids(bpmn.getModelElementsByType(BpmnEdge.class).stream()
                    .map(BpmnEdge::getBpmnElement).toList());
            assertThat(shapes).as("%s shapes", model).containsAll(ids(bpmn.getModelElementsByType(FlowNode.class)));
            assertThat(edges).as("%s edges", model).containsAll(ids(bpmn.getModelElementsByType(SequenceFlow.class)));
        }
    }

    @Test
    @DisplayName("issue 16.7 every user task's description, which Tasklist shows above its form, opens with the rules the task serves and says in words what to do")
    void userTasksNameTheirRules() throws IOException {
        for (Path model : models()) {
            for (UserTask task : read(model).getModelElementsByType(UserTask.class)) {
                String description = task.getDocumentations().stream().map(Documentation::getTextContent).findFirst().orElse("");
                assertThat(description).as("%s: description of %s", model, task.getId()).matches(RULES_THEN_WORDS);
            }
        }
    }

    @Test
    @DisplayName("every process sets its history time to live")
    void historyTimeToLiveIsSet() throws IOException {
        for (Path model : models()) {
            for (Process process : read(model).getModelElementsByType(Process.class)) {
                assertThat(process.getCamundaHistoryTimeToLiveString()).as("%s %s", model, process.getId()).isNotBlank();
            }
        }
    }

    private static List<Path> models() throws IOException {
        return files(".bpmn");
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            List<Path> found = files.filter(file -> file.toString().endsWith(extension)).sorted().toList();
            assertThat(found).as("processes/*" + extension).isNotEmpty();
            return found;
        }
    }

    private static BpmnModelInstance read(Path model) {
        return Bpmn.readModelFromFile(model.toFile());
    }

    private static List<String> attributes(Path model, String name) {
        Matcher matcher = CAMUNDA_ATTRIBUTE.matcher(text(model));
        return matcher.results().filter(match -> match.group(1).equals(name)).map(match -> match.group(2)).toList();
    }

    private static Set<String> formIds() throws IOException {
        try (Stream<Path> files = Files.list(FORMS)) {
            return files.filter(file -> file.toString().endsWith(".form"))
                    .map(file -> {
                        String id = file.getFileName().toString().replace(".form", "");
                        assertThat(text(file)).as("form id of %s", file).contains("\"id\": \"" + id + "\"");
                        return id;
                    })
                    .collect(Collectors.toSet());
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> ids(Collection<? extends ModelElementInstance> elements) {
        return elements.stream().map(element -> ((BaseElement) element).getId()).collect(Collectors.toSet());
    }
}
