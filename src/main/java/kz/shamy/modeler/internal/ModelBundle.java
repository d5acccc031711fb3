package kz.shamy.modeler.internal;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * What one deployment from the modeler holds: the draft's file and, because Shamy's processes refer to their
 * forms with {@code camunda:formRefBinding="deployment"}, the forms those processes use (by file name, and by
 * form id for the checks).
 */
record ModelBundle(String mainResource, Map<String, byte[]> resources, Map<String, byte[]> formsById,
        Map<String, String> formNames, Map<String, String> processes) {

    static final String DEPLOYMENT_BINDING = "deployment";

    /** resources: by file name; formsById and formNames (form id to file name): its forms; processes: file name to
     *  process key, for a form's bundle only (the processes that go with it). */
    ModelBundle {
        resources = new LinkedHashMap<>(resources);
        formsById = new LinkedHashMap<>(formsById);
        formNames = new LinkedHashMap<>(formNames);
        processes = new LinkedHashMap<>(processes);
    }

    byte[] main() {
        return resources.get(mainResource);
    }

    /** The forms a process refers to with deployment binding: they must be deployed with it. */
    static Set<String> formRefs(byte[] bpmn) {
        Set<String> refs = new LinkedHashSet<>();
        if (ModelKind.declaresDoctype(new String(bpmn, java.nio.charset.StandardCharsets.UTF_8))) {
            return refs;
        }
        try {
            BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (task.getCamundaFormRef() != null && DEPLOYMENT_BINDING.equals(task.getCamundaFormRefBinding())) {
                    refs.add(task.getCamundaFormRef());
                }
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null && DEPLOYMENT_BINDING.equals(start.getCamundaFormRefBinding())) {
                    refs.add(start.getCamundaFormRef());
                }
            }
        } catch (RuntimeException e) {
            // a process that does not read brings no forms; the checks and the engine say why it does not read
        }
        return refs;
    }

    /** Whether every resource is byte for byte what the given resources hold under the same names. */
    boolean sameAs(Map<String, byte[]> serving) {
        return resources.entrySet().stream().allMatch(resource -> serving.containsKey(resource.getKey())
                && Arrays.equals(resource.getValue(), serving.get(resource.getKey())));
    }
}
