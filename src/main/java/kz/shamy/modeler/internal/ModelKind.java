package kz.shamy.modeler.internal;

import java.util.Locale;
import kz.shamy.shared.InvalidRequest;

/** What a model is: a process (BPMN), a decision (DMN) or a Camunda Form, and the file ending of each. */
enum ModelKind {
    BPMN(".bpmn"), DMN(".dmn"), FORM(".form");

    private final String suffix;

    ModelKind(String suffix) {
        this.suffix = suffix;
    }

    String suffix() {
        return suffix;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind a request names; anything else is the caller's mistake (400). */
    static ModelKind of(String kind) {
        if (kind != null) {
            for (ModelKind each : values()) {
                if (each.id().equals(kind)) {
                    return each;
                }
            }
        }
        throw new InvalidRequest("kind", "kind must be bpmn, dmn or form, not " + kind);
    }

    /** A DOCTYPE (entities, XXE) has no place in BPMN or DMN; such a file is not read at all. */
    static boolean declaresDoctype(String xml) {
        return xml.toUpperCase(Locale.ROOT).contains("<!DOCTYPE");
    }
}
