package kz.shamy.workflow.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.core.variable.VariableUtil;

/**
 * Recognises the engine's refusal of a Java-serialized variable (javaSerializationFormatEnabled=false), which
 * it throws as a plain {@link ProcessEngineException} before any serializer of Shamy's sees the value: by the
 * engine's own message, {@link VariableUtil#ERROR_MSG}, after the variable's name.
 */
public final class JavaSerializationProhibited {

    private static final String ENGINE_MESSAGE_END =
            VariableUtil.ERROR_MSG.substring(VariableUtil.ERROR_MSG.lastIndexOf('}') + 1);

    private JavaSerializationProhibited() {
    }

    public static boolean is(Throwable thrown) {
        return thrown instanceof ProcessEngineException && thrown.getMessage() != null
                && thrown.getMessage().endsWith(ENGINE_MESSAGE_END);
    }
}
