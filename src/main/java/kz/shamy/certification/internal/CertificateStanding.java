package kz.shamy.certification.internal;

import java.time.Instant;

/**
 * What the public verification page tells about a certificate, and nothing more: valid or revoked (and when, and
 * whether a new certificate replaced it), the holder's name and the programme.
 */
public record CertificateStanding(String holder, String programme, Instant revokedAt, boolean replaced) {

    public boolean valid() {
        return revokedAt == null;
    }
}
