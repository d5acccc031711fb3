package kz.shamy.workflow.engine;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import org.camunda.bpm.engine.impl.variable.serializer.JavaObjectSerializer;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Reads the Java-serialized variables instances kept from before Java serialization was switched off (lists
 * of usernames), so {@link JavaSerializedLists} can turn them into JSON; never writes one. Reading admits only
 * lists of strings and numbers: any other class in the stream is refused before it is instantiated.
 */
class LegacyJavaObjects extends JavaObjectSerializer {

    static final ObjectInputFilter LISTS_OF_PLAIN_VALUES = ObjectInputFilter.Config.createFilter(
            "maxdepth=3;java.util.ArrayList;java.util.LinkedList;java.lang.String;java.lang.Number;"
                    + "java.lang.Long;java.lang.Integer;java.lang.Boolean;java.lang.Object;!*");

    @Override
    public boolean canHandle(TypedValue value) {
        return false;
    }

    @Override
    protected Object deserializeFromByteArray(byte[] bytes, String objectTypeName) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(LISTS_OF_PLAIN_VALUES);
            return in.readObject();
        }
    }
}
