package kz.shamy.certification.internal;

import java.time.Instant;

/**
 * What the verification of a certificate by number and code shows someone signed in: whose it is, when it was
 * issued and, if it was revoked, when ({@code null} while it is valid).
 */
public record VerifiedCertificate(String number, String teacher, String teacherName, Instant issuedAt,
        Instant revokedAt) {
}
