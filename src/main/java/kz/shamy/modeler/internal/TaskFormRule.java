package kz.shamy.modeler.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.shamy.workflow.FormFields;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

/**
 * {@code shamy/form}: a user task is completed on Shamy's task page with a Camunda Form deployed with its process
 * ({@code camunda:formRef}, {@code camunda:formRefBinding="deployment"}), and the page takes only that form's
 * input fields. The task's listeners read those fields by name; Shamy keeps no list of them apart from the forms,
 * so the fields the listeners understand are those of the form deployed with the version of the process that
 * serves now. A draft that drops a field that form requires is refused (the listener would refuse every
 * completion); a field it drops that was optional, or a field no deployed form had, is a warning.
 */
@Component
class TaskFormRule {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormFields formFields;
    private final RepositoryService repository;
    private final Map<String, Optional<Map<String, Boolean>>> deployedFields = new ConcurrentHashMap<>();

    TaskFormRule(FormFields formFields, RepositoryService repository) {
        this.formFields = formFields;
        this.repository = repository;
    }

    List<ModelProblem> check(Element userTask, Map<String, byte[]> formsById) {
        String id = userTask.getAttribute("id");
        String formRef = userTask.getAttributeNS(ShamyBpmnRules.CAMUNDA, "formRef");
        if (formRef.isBlank()) {
            return List.of(ModelProblem.error(id, "shamy/form", "user task " + id + " has no Camunda Form "
                    + "(camunda:formRef): Shamy's task page would offer no fields to complete it with"));
        }
        List<ModelProblem> problems = new ArrayList<>(present(id, userTask, formRef, formsById));
        if (problems.isEmpty()) {
            Optional<Map<String, Boolean>> draft = readable(formsById.get(formRef));
            if (draft.isPresent()) {
                deployedFields(processOf(userTask), formRef).ifPresent(known ->
                        problems.addAll(fields(id, formRef, draft.get(), known)));
            }
        }
        return problems;
    }

    /** A start event's form, when it has one, must be deployed with the process too. */
    List<ModelProblem> checkStartForm(Element startEvent, Map<String, byte[]> formsById) {
        String formRef = startEvent.getAttributeNS(ShamyBpmnRules.CAMUNDA, "formRef");
        return formRef.isBlank() ? List.of() : present(startEvent.getAttribute("id"), startEvent, formRef, formsById);
    }

    private static List<ModelProblem> present(String id, Element element, String formRef,
            Map<String, byte[]> formsById) {
        String binding = element.getAttributeNS(ShamyBpmnRules.CAMUNDA, "formRefBinding");
        if (!"deployment".equals(binding)) {
            return List.of(ModelProblem.error(id, "shamy/form", "form " + formRef + " must be bound to the "
                    + "deployment (camunda:formRefBinding=\"deployment\"), so the process and its forms change "
                    + "together; it is \"" + binding + "\""));
        }
        if (!formsById.containsKey(formRef)) {
            return List.of(ModelProblem.error(id, "shamy/form", "form " + formRef + " is not deployed with this "
                    + "process: no form with that id exists among its forms " + formsById.keySet()));
        }
        return List.of();
    }

    private static List<ModelProblem> fields(String id, String formRef, Map<String, Boolean> draft,
            Map<String, Boolean> known) {
        List<ModelProblem> problems = new ArrayList<>();
        known.forEach((field, required) -> {
            if (!draft.containsKey(field)) {
                String message = "form " + formRef + " no longer has field \"" + field + "\", which the task's "
                        + "listeners read";
                problems.add(required ? ModelProblem.error(id, "shamy/form", message + " and require: no "
                        + "completion could pass them") : ModelProblem.warning(id, "shamy/form", message));
            }
        });
        draft.keySet().stream().filter(field -> !known.containsKey(field)).forEach(field ->
                problems.add(ModelProblem.warning(id, "shamy/form", "field \"" + field + "\" of form " + formRef
                        + " is unknown to the task's listeners: it would reach the process as a variable nobody "
                        + "reads")));
        return problems;
    }

    /** The form's fields; none to compare when the form itself is broken (its own check says why). */
    private Optional<Map<String, Boolean>> readable(byte[] form) {
        try {
            return Optional.of(formFields.inputFields(form));
        } catch (RuntimeException broken) {
            return Optional.empty();
        }
    }

    private static String processOf(Element element) {
        for (org.w3c.dom.Node at = element; at instanceof Element e; at = at.getParentNode()) {
            if (ShamyBpmnRules.BPMN.equals(e.getNamespaceURI()) && "process".equals(e.getLocalName())) {
                return e.getAttribute("id");
            }
        }
        return null;
    }

    /** The fields of the form with this id deployed with the serving version of the process, if there is one. */
    private Optional<Map<String, Boolean>> deployedFields(String processKey, String formRef) {
        if (processKey == null) {
            return Optional.empty();
        }
        ProcessDefinition serving = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (serving == null) {
            return Optional.empty();
        }
        return deployedFields.computeIfAbsent(serving.getDeploymentId() + "#" + formRef,
                key -> read(serving.getDeploymentId(), formRef));
    }

    private Optional<Map<String, Boolean>> read(String deploymentId, String formRef) {
        for (String resource : repository.getDeploymentResourceNames(deploymentId)) {
            if (!resource.endsWith(".form")) {
                continue;
            }
            try (InputStream in = repository.getResourceAsStream(deploymentId, resource)) {
                byte[] form = in.readAllBytes();
                if (formRef.equals(JSON.readTree(form).path("id").asText(null))) {
                    return Optional.of(formFields.inputFields(form));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("form " + resource + " of deployment " + deploymentId, e);
            }
        }
        return Optional.empty();
    }
}
