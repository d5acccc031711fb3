package kz.shamy.shared;

import java.util.Map;

/**
 * A request that cannot be carried out as asked: a missing or unknown reference, a value out of range.
 * Answered with HTTP 400 and a problem-detail body; nothing is saved or started.
 *
 * <p>A refusal people are meant to read (not only a developer calling the API) names a message key of the
 * feature's bundle; the answer's detail is then that message in the caller's language, the English
 * {@link #getMessage()} standing in when the key is missing.
 */
public class InvalidRequest extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;
    private final Map<String, Object> properties;

    public InvalidRequest(String field, String message) {
        this(field, message, null, new Object[0], Map.of());
    }

    /** A refusal people read in their language: the bundle message {@code messageKey} with {@code arguments}. */
    public InvalidRequest(String field, String message, String messageKey, Object... arguments) {
        this(field, message, messageKey, arguments, Map.of());
    }

    /** A refusal whose detail is the bundle message {@code messageKey} with {@code arguments}; {@code properties}
     * go into the problem detail as they are, for programs. */
    protected InvalidRequest(String field, String message, String messageKey, Object[] arguments,
            Map<String, Object> properties) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
        this.properties = Map.copyOf(properties);
    }

    /** The input field at fault, or {@code null} when the whole request is. */
    public String field() {
        return field;
    }

    /** The bundle key of the message people read, or {@code null} when {@link #getMessage()} is all there is. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Extra members of the problem detail, such as the usernames at fault. */
    public Map<String, Object> properties() {
        return properties;
    }
}
