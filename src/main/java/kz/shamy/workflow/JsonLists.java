package kz.shamy.workflow;

import java.util.ArrayList;
import java.util.Collection;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/**
 * A list of usernames as a process variable: JSON ({@code java.util.ArrayList<java.lang.String>}), whatever
 * list the caller holds. An immutable list ({@code List.of}, {@code stream().toList()}) would be stored under
 * a type that neither Jackson nor {@link kz.shamy.workflow.internal.ObjectVariableTypes} reads back.
 */
public final class JsonLists {

    private JsonLists() {
    }

    public static ObjectValue of(Collection<String> usernames) {
        return Variables.objectValue(new ArrayList<>(usernames))
                .serializationDataFormat(SerializationDataFormats.JSON).create();
    }
}
