package kz.shamy.workflow.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.camunda.bpm.engine.impl.variable.serializer.StringValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Stores a String variable longer than the engine's text column (4,000 characters) as a byte array. A
 * report summary or a plan submitted from a Tasklist form arrives as one such String; without this the
 * engine fails writing it (runtime and history tables) before any task listener can move it to Shamy's
 * tables. Readers still see a plain {@code string} variable; shorter strings are stored as before.
 */
class LongStringSerializer extends StringValueSerializer {

    static final String NAME = "shamyLongString";
    /** Size of TEXT_ in ACT_RU_VARIABLE, ACT_HI_VARINST and ACT_HI_DETAIL on H2 and PostgreSQL. */
    static final int TEXT_COLUMN_LENGTH = 4000;

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
        return super.canWriteValue(value) && value.getValue() instanceof String text
                && text.length() > TEXT_COLUMN_LENGTH;
    }

    @Override
    public StringValue readValue(ValueFields fields, boolean asTransientValue) {
        byte[] bytes = fields.getByteArrayValue();
        return Variables.stringValue(bytes == null ? null : new String(bytes, UTF_8), asTransientValue);
    }

    @Override
    public void writeValue(StringValue value, ValueFields fields) {
        fields.setByteArrayValue(value.getValue().getBytes(UTF_8));
    }
}
