package kz.shamy.workflow.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.shamy.workflow.FormFields;
import org.springframework.stereotype.Component;

/** {@link FormFields} as {@link DeclaredForm} reads a form, so a check and the task pages agree on the fields. */
@Component
class DeclaredFormFields implements FormFields {

    private final ObjectMapper json;

    DeclaredFormFields(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Map<String, Boolean> inputFields(byte[] formJson) {
        try {
            Map<String, Boolean> fields = new LinkedHashMap<>();
            DeclaredForm.parse("(checked)", json.readTree(formJson)).fields()
                    .forEach((key, field) -> fields.put(key, field.required()));
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
