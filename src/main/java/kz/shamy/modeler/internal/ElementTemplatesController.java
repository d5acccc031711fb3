package kz.shamy.modeler.internal;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The element templates of Shamy's building blocks for the web modeler: the same file Camunda Desktop Modeler reads
 * beside the diagrams ({@code processes/.camunda/element-templates}), so both offer the same blocks.
 */
@RestController
class ElementTemplatesController {

    static final String TEMPLATES = "processes/.camunda/element-templates/shamy-blocks.json";

    private final byte[] templates;

    ElementTemplatesController() throws IOException {
        try (InputStream in = new ClassPathResource(TEMPLATES).getInputStream()) {
            this.templates = in.readAllBytes();
        }
    }

    @GetMapping(path = "/api/modeler/element-templates", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> elementTemplates() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(templates);
    }
}
