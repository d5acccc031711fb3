package kz.shamy.identity.internal;

import java.io.IOException;
import java.net.URI;

/** Keycloak did not answer when someone wanted to sign in; the cause is always the {@link IOException}. */
public class KeycloakUnreachable extends RuntimeException {

    KeycloakUnreachable(URI asked, IOException cause) {
        super("Keycloak did not answer " + asked + " (" + cause + ")", cause);
    }
}
