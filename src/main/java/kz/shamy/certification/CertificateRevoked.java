package kz.shamy.certification;

/** An administrator revoked a certificate for a reason (published with the revocation; the holder is told). */
public record CertificateRevoked(Long certificateId, String teacher, String number, String reason) {
}
