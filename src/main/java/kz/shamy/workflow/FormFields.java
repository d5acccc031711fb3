package kz.shamy.workflow;

import java.util.Map;

/**
 * The input fields of a Camunda Form as Shamy's task pages read them (what a completion may send): display
 * components, read-only and disabled fields are not input.
 */
public interface FormFields {

    /** Each input field's key, and whether the form requires it, in the form's order. */
    Map<String, Boolean> inputFields(byte[] formJson);
}
