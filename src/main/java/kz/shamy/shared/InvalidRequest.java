package kz.shamy.shared;

/**
 * A request that cannot be carried out as asked: a missing or unknown reference, a value out of range.
 * Answered with HTTP 400 and a problem-detail body; nothing is saved or started.
 */
public class InvalidRequest extends RuntimeException {

    private final String field;

    public InvalidRequest(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field at fault, or {@code null} when the whole request is. */
    public String field() {
        return field;
    }
}
