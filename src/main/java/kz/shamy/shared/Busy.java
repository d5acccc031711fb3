package kz.shamy.shared;

import java.time.Duration;

/**
 * Shamy cannot take the request now but will soon (every slot busy for longer than a request may wait). HTTP 503
 * with Retry-After; the detail comes from the message bundle {@code messageKey}.
 */
public class Busy extends RuntimeException {

    private final String messageKey;
    private final Duration retryAfter;

    public Busy(String messageKey, String message, Duration retryAfter) {
        super(message);
        this.messageKey = messageKey;
        this.retryAfter = retryAfter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
