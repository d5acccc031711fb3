package kz.shamy.shared;

/** A record asked for by id that does not exist (or that the caller may not know exists). HTTP 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
