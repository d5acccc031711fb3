package kz.shamy.workflow.engine;

import kz.shamy.workflow.internal.ObjectVariableRefused;
import static java.nio.charset.StandardCharsets.UTF_8;

import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.spin.DataFormats;
import org.camunda.spin.plugin.impl.SpinObjectValueSerializer;

/**
 * Spin's JSON serializer for object variables, checking a value that arrives already serialized (as the
 * engine REST API sends it) before storing it: its type must pass
 * {@link kz.shamy.workflow.internal.ObjectVariableTypes} and the JSON
 * must read as that type. Spin itself checks only when a value is read, so a variable naming
 * {@code java.lang.Runtime} would be stored and fail whoever reads it later. Replaces Spin's serializer under
 * the same name, so stored variables read as before.
 */
class CheckedJsonObjects extends SpinObjectValueSerializer {

    static final String NAME = "spin://" + DataFormats.JSON_DATAFORMAT_NAME;

    CheckedJsonObjects() {
        super(NAME, DataFormats.json());
    }

    @Override
    public void writeValue(ObjectValue value, ValueFields fields) {
        if (!value.isDeserialized() && value.getValueSerialized() != null) {
            String type = value.getObjectTypeName();
            try {
                deserializeFromByteArray(value.getValueSerialized().getBytes(UTF_8), type);
            } catch (Exception e) {
                throw ObjectVariableRefused.typeNotAllowed(fields.getName(), type);
            }
        }
        super.writeValue(value, fields);
    }
}
