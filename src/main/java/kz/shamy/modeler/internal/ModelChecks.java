package kz.shamy.modeler.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.shamy.shared.InvalidRequest;
import kz.shamy.workflow.ModelParsing;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The checks a model passes before it is deployed, in order: its size, then its XML with a hardened parser (a
 * form: its JSON), then the engine's own parser, then Shamy's rules ({@link ShamyBpmnRules}, {@link DmnRules}).
 * A later step runs only when the earlier ones found no error, so nothing reads bytes the step before refused.
 */
@Component
public class ModelChecks {

    /** The largest model taken: Shamy's largest process is about 40 KB. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ModelParsing parsing;
    private final ShamyBpmnRules bpmnRules;
    private final DmnRules dmnRules;

    ModelChecks(ModelParsing parsing, ShamyBpmnRules bpmnRules, DmnRules dmnRules) {
        this.parsing = parsing;
        this.bpmnRules = bpmnRules;
        this.dmnRules = dmnRules;
    }

    /**
     * Checks one model.
     *
     * @param kind "bpmn", "dmn" or "form"
     * @param formsById for a BPMN, the forms that would be deployed with it (form id → JSON)
     * @return the problems found, none when the model may be deployed as far as these checks see
     * @throws InvalidRequest for a kind other than bpmn, dmn or form
     */
    public List<ModelProblem> check(String kind, String resourceName, byte[] content, Map<String, byte[]> formsById) {
        if (content == null || content.length == 0) {
            return List.of(ModelProblem.error(null, "form".equals(kind) ? "form" : "xml",
                    resourceName + " is empty"));
        }
        if (content.length > MAX_BYTES) {
            return List.of(ModelProblem.error(null, "size", resourceName + " is " + content.length
                    + " bytes; a model may have at most " + MAX_BYTES + " bytes"));
        }
        return switch (kind) {
            case "bpmn" -> bpmn(resourceName, content, formsById == null ? Map.of() : formsById);
            case "dmn" -> dmn(resourceName, content);
            case "form" -> form(resourceName, content);
            default -> throw new InvalidRequest("kind", "kind must be bpmn, dmn or form, not " + kind);
        };
    }

    private List<ModelProblem> bpmn(String resourceName, byte[] content, Map<String, byte[]> formsById) {
        Document document;
        try {
            document = SafeXml.parse(content);
        } catch (SAXException | IOException e) {
            return List.of(ModelProblem.error(null, "xml", SafeXml.message(e)));
        }
        List<ModelProblem> problems = new ArrayList<>();
        for (ModelParsing.ParseProblem problem : parsing.parseBpmn(resourceName, content)) {
            problems.add(new ModelProblem(problem.elementId(), "engine-parse", problem.severity(),
                    problem.message()));
        }
        problems.addAll(bpmnRules.check(document, formsById));
        return problems;
    }

    private List<ModelProblem> dmn(String resourceName, byte[] content) {
        try {
            return dmnRules.check(resourceName, SafeXml.parse(content), content);
        } catch (SAXException | IOException e) {
            return List.of(ModelProblem.error(null, "xml", SafeXml.message(e)));
        }
    }

    private List<ModelProblem> form(String resourceName, byte[] content) {
        Optional<String> refused = parsing.formProblem(resourceName, content);
        if (refused.isPresent()) {
            return List.of(ModelProblem.error(null, "form", refused.get()));
        }
        try {
            JsonNode form = JSON.readTree(content);
            if (!form.path("id").isTextual() || form.path("id").asText().isBlank()) {
                return List.of(ModelProblem.error(null, "form", "form " + resourceName
                        + " has no \"id\": a task refers to its form by it (camunda:formRef)"));
            }
            return List.of();
        } catch (IOException e) {
            return List.of(ModelProblem.error(null, "form", "form " + resourceName + " is not valid JSON: "
                    + e.getMessage().lines().findFirst().orElse("")));
        }
    }
}
