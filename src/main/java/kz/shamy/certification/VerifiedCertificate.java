package kz.shamy.certification;

import java.time.Instant;

/** What the public verification of a certificate shows: whose it is and when it was issued. */
public record VerifiedCertificate(String number, String teacher, String teacherName, Instant issuedAt) {
}
