package kz.shamy.modeler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What a draft changes against the version it started from: each element (by id) added, removed or changed,
 * read with Camunda's model API for BPMN and DMN and as the components of a Camunda Form; and the whole file
 * as a unified line diff. An element's own attributes, text and parts without an id of their own make up what
 * it is; a part with an id (a task inside a sub-process, a rule of a decision table) is compared on its own.
 */
@Component
class ModelDiff {

    record Change(String elementId, String name, String type, String change, String details) {
    }

    record Result(Integer basedOnVersion, List<Change> changes, String unified) {
    }

    private record Part(String name, String type, Map<String, String> attributes, String body) {
    }

    private final ObjectMapper json;

    ModelDiff(ObjectMapper json) {
        this.json = json;
    }

    Result diff(ModelKind kind, Integer basedOnVersion, String fileName, String before, String after) {
        List<Change> changes = new ArrayList<>();
        try {
            Map<String, Part> old = elements(kind, before);
            Map<String, Part> now = elements(kind, after);
            old.forEach((id, element) -> {
                if (!now.containsKey(id)) {
                    changes.add(new Change(id, element.name(), element.type(), "removed", null));
                }
            });
            now.forEach((id, element) -> {
                Part was = old.get(id);
                if (was == null) {
                    changes.add(new Change(id, element.name(), element.type(), "added", null));
                } else if (!was.equals(element)) {
                    changes.add(new Change(id, element.name(), element.type(), "changed", details(was, element)));
                }
            });
        } catch (RuntimeException | IOException e) {
            changes.add(new Change(null, fileName, "file", "changed", "cannot be read as " + kind.id() + ": "
                    + e.getMessage()));
        }
        String version = basedOnVersion == null ? "(none)" : "version " + basedOnVersion;
        return new Result(basedOnVersion, changes, LineDiff.unified("a/" + fileName + " (" + version + ")",
                "b/" + fileName + " (draft)", before, after));
    }

    private static String details(Part was, Part now) {
        List<String> what = new ArrayList<>();
        Map<String, String> all = new TreeMap<>(was.attributes());
        all.putAll(now.attributes());
        all.keySet().forEach(attribute -> {
            String before = was.attributes().get(attribute);
            String after = now.attributes().get(attribute);
            if (before == null ? after != null : !before.equals(after)) {
                what.add(attribute + ": " + (before == null ? "(none)" : before) + " → "
                        + (after == null ? "(none)" : after));
            }
        });
        if (!was.type().equals(now.type())) {
            what.add("type: " + was.type() + " → " + now.type());
        }
        if (!was.body().equals(now.body())) {
            what.add("content changed");
        }
        return String.join("; ", what);
    }

    private Map<String, Part> elements(ModelKind kind, String content) throws IOException {
        if (content == null || content.isBlank()) {
            return Map.of();
        }
        if (kind != ModelKind.FORM && ModelKind.declaresDoctype(content)) {
            throw new IllegalArgumentException("a DOCTYPE is not allowed");
        }
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return switch (kind) {
            case BPMN -> xmlElements(Bpmn.readModelFromStream(new ByteArrayInputStream(bytes)), BaseElement.class);
            case DMN -> xmlElements(Dmn.readModelFromStream(new ByteArrayInputStream(bytes)), DmnElement.class);
            case FORM -> formComponents(json.readTree(bytes));
        };
    }

    private static Map<String, Part> xmlElements(ModelInstance model,
            Class<? extends ModelElementInstance> withIds) {
        Map<String, Part> elements = new LinkedHashMap<>();
        Map<String, Element> dom = new java.util.HashMap<>();
        indexById(model.getDocument().getDomSource().getNode(), dom);
        for (ModelElementInstance instance : model.getModelElementsByType(withIds)) {
            String id = instance.getAttributeValue("id");
            if (id == null) {
                continue;
            }
            Element element = dom.get(id);
            if (element == null) {
                continue;
            }
            Map<String, String> attributes = new TreeMap<>();
            NamedNodeMap domAttributes = element.getAttributes();
            for (int i = 0; i < domAttributes.getLength(); i++) {
                Node attribute = domAttributes.item(i);
                if (!attribute.getNodeName().startsWith("xmlns")) {
                    attributes.put(attribute.getNodeName(), attribute.getNodeValue());
                }
            }
            elements.put(id, new Part(instance.getAttributeValue("name"), instance.getElementType().getTypeName(),
                    attributes, body(element)));
        }
        return elements;
    }

    private static void indexById(Node node, Map<String, Element> byId) {
        if (node instanceof Element element && element.hasAttribute("id")) {
            byId.putIfAbsent(element.getAttribute("id"), element);
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            indexById(child, byId);
        }
    }

    /** The element's text and its parts that have no id of their own, in document order. */
    private static String body(Element element) {
        StringBuilder body = new StringBuilder();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element part) {
                if (part.hasAttribute("id")) {
                    continue;
                }
                body.append('<').append(part.getNodeName());
                NamedNodeMap attributes = part.getAttributes();
                Map<String, String> sorted = new TreeMap<>();
                for (int i = 0; i < attributes.getLength(); i++) {
                    sorted.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
                }
                sorted.forEach((name, value) -> body.append(' ').append(name).append("=\"").append(value).append('"'));
                body.append('>').append(body(part)).append("</").append(part.getNodeName()).append('>');
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                body.append(child.getNodeValue().strip());
            }
        }
        return body.toString();
    }

    /** A form's components by id (or key), each without its nested components, which are compared on their own. */
    private static Map<String, Part> formComponents(JsonNode form) {
        Map<String, Part> components = new LinkedHashMap<>();
        collect(form.path("components"), components);
        return components;
    }

    private static void collect(JsonNode list, Map<String, Part> into) {
        for (JsonNode component : list) {
            String id = component.hasNonNull("id") ? component.get("id").asText()
                    : component.path("key").asText(null);
            if (id != null && component instanceof ObjectNode object) {
                ObjectNode own = object.deepCopy();
                own.remove("components");
                Map<String, String> attributes = new TreeMap<>();
                own.fields().forEachRemaining(field -> attributes.put(field.getKey(), field.getValue().toString()));
                into.put(id, new Part(component.path("label").asText(null), component.path("type").asText(""),
                        attributes, ""));
            }
            collect(component.path("components"), into);
        }
    }
}
