package kz.shamy.modeler.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A decision table as the DMN engine reads it (its public API), and the type of every input, output and variable:
 * the engine takes an unknown {@code typeRef} at parse time (it logs it and compares untyped values), so a typing
 * slip such as {@code "integr"} would only show when a decision gives a wrong answer. Checked here instead.
 */
@Component
class DmnRules {

    /**
     * The types the DMN engine converts values to (its DefaultDataTypeTransformerRegistry in Camunda 7.24, names
     * compared without case).
     */
    static final Set<String> ENGINE_TYPES = Set.of("string", "boolean", "integer", "long", "double", "date");

    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    List<ModelProblem> check(String resourceName, Document document, byte[] content) {
        List<ModelProblem> problems = new ArrayList<>();
        try {
            dmnEngine.parseDecisionRequirementsGraph(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            problems.add(ModelProblem.error(elementNamed(document, e), "dmn", messages(e)));
        }
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            String typeRef = element.getAttribute("typeRef");
            if (!typeRef.isEmpty() && !ENGINE_TYPES.contains(typeRef.toLowerCase(Locale.ROOT))) {
                problems.add(ModelProblem.error(idOf(element), "dmn", element.getLocalName() + " has typeRef \""
                        + typeRef + "\", which the DMN engine does not know; use one of " + ENGINE_TYPES));
            }
        }
        return problems;
    }

    /** The engine's message and its causes', which name what it could not read. */
    private static String messages(Throwable e) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable at = e; at != null && messages.size() < 4; at = at.getCause()) {
            if (at.getMessage() != null) {
                messages.add(at.getMessage());
            }
        }
        return String.join(": ", messages);
    }

    /** The first element whose id the engine's message quotes. */
    private static String elementNamed(Document document, Throwable e) {
        String message = messages(e);
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty() && message.contains("'" + id + "'")) {
                return id;
            }
        }
        return null;
    }

    private static String idOf(Element element) {
        for (org.w3c.dom.Node at = element; at instanceof Element e; at = at.getParentNode()) {
            if (!e.getAttribute("id").isEmpty()) {
                return e.getAttribute("id");
            }
        }
        return null;
    }
}
