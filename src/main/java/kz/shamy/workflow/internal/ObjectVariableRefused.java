package kz.shamy.workflow.internal;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * An object variable Shamy does not store: Java-serialized, or JSON naming a class outside
 * {@link ObjectVariableTypes}. The engine rolls the command back (nothing is stored, no instance starts, the
 * task stays open); the engine REST API answers 400 with this message.
 */
public class ObjectVariableRefused extends BadUserRequestException {

    ObjectVariableRefused(String message) {
        super(message);
    }

    static ObjectVariableRefused javaSerialized() {
        return new ObjectVariableRefused("object variable refused: Java-serialized objects are not accepted;"
                + " send lists and maps as JSON (serializationDataFormat application/json)");
    }

    public static ObjectVariableRefused typeNotAllowed(String variable, String objectTypeName) {
        return new ObjectVariableRefused("object variable '" + variable + "' refused: '" + objectTypeName
                + "' is not a type Shamy stores; object variables are JSON lists and maps of plain values");
    }
}
