package kz.shamy.workflow;

import java.util.List;
import java.util.Optional;

/**
 * The engine's own reading of a model, without deploying it: what the engine's BPMN parser finds wrong in a
 * process, and whether a Camunda Form is one the engine would take (a JSON object, not nested too deep). For the
 * checks an administrator's draft passes before it is deployed.
 */
public interface ModelParsing {

    /** The problems the engine's BPMN parser reports for {@code content}, errors first; empty when it parses. */
    List<ParseProblem> parseBpmn(String resourceName, byte[] content);

    /** Why the engine would refuse this form at deployment, or empty when it would take it. */
    Optional<String> formProblem(String resourceName, byte[] content);

    /** One problem the engine found: the element it names (or {@code null}), "error" or "warning", its message. */
    record ParseProblem(String elementId, String severity, String message) {
    }
}
