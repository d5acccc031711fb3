package kz.shamy.workflow.internal;

import java.util.Set;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;

/**
 * The only classes a JSON object variable may name (objectTypeName, and each type parameter of it): lists and
 * maps of plain values, which is all Shamy's processes keep (usernames, decision results). The engine's own
 * default validator allows the whole of {@code java.lang}, {@code java.lang.Runtime} included; this one does
 * not.
 */
public final class ObjectVariableTypes implements DeserializationTypeValidator {

    static final Set<String> ALLOWED = Set.of(
            "java.util.ArrayList", "java.util.LinkedList", "java.util.List",
            "java.util.HashMap", "java.util.LinkedHashMap", "java.util.Map",
            "java.lang.Object", "java.lang.String", "java.lang.Boolean",
            "java.lang.Integer", "java.lang.Long", "java.lang.Double");

    @Override
    public boolean validate(String className) {
        return className != null && ALLOWED.contains(className.strip());
    }
}
