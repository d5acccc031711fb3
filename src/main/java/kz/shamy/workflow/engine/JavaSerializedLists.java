package kz.shamy.workflow.engine;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the Java-serialized variables of running instances (circle-cycle's {@code teacherIds},
 * induction-workshop's {@code invitees} and {@code attendees}, stored so before Java serialization was
 * switched off) into JSON, in place: same name, same execution or task, same value. Runs once at every
 * start-up; when none is left it does nothing.
 */
class JavaSerializedLists {

    /** The variables Shamy ever stored Java-serialized; looking only at these keeps start-up cheap. */
    static final List<String> LIST_VARIABLES = List.of("teacherIds", "invitees", "attendees");

    private static final Logger log = LoggerFactory.getLogger(JavaSerializedLists.class);

    private final ProcessEngine engine;

    JavaSerializedLists(ProcessEngine engine) {
        this.engine = engine;
    }

    /** How many variables were converted. */
    int convert() {
        List<VariableInstance> serialized = engine.getRuntimeService().createVariableInstanceQuery()
                .variableNameIn(LIST_VARIABLES.toArray(String[]::new)).disableCustomObjectDeserialization().list()
                .stream()
                .filter(JavaSerializedLists::javaSerialized)
                .toList();
        for (VariableInstance variable : serialized) {
            Object value = engine.getRuntimeService().createVariableInstanceQuery()
                    .variableId(variable.getId()).singleResult().getValue();
            ObjectValue json = Variables.objectValue(value)
                    .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
            if (variable.getTaskId() != null) {
                engine.getTaskService().setVariableLocal(variable.getTaskId(), variable.getName(), json);
            } else {
                engine.getRuntimeService().setVariableLocal(variable.getExecutionId(), variable.getName(), json);
            }
        }
        if (!serialized.isEmpty()) {
            log.info("Converted {} Java-serialized process variables to JSON: {}", serialized.size(),
                    serialized.stream().map(VariableInstance::getName).distinct().toList());
        }
        return serialized.size();
    }

    /** Read without deserializing, a Java-serialized object variable tells its format through the public API. */
    private static boolean javaSerialized(VariableInstance variable) {
        return variable.getTypedValue() instanceof ObjectValue object
                && Variables.SerializationDataFormats.JAVA.getName().equals(object.getSerializationDataFormat());
    }
}
