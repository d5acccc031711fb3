package kz.shamy.identity;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * This username has had too many wrong passwords from this client address: its next attempt from there waits
 * {@link #retryAfter()}, and its password is not checked until then. Other addresses are not affected.
 */
public class SignInPaused extends AuthenticationException {

    private final Duration retryAfter;

    SignInPaused(Duration retryAfter) {
        super("Too many wrong passwords from this address; try again in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** How long until an attempt from the same address is checked again (at least a second). */
    public Duration retryAfter() {
        return retryAfter;
    }
}
