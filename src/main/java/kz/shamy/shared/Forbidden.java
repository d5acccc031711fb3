package kz.shamy.shared;

/** The caller is known but their role or relation does not allow this. HTTP 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
