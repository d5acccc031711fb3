package kz.shamy.certification;

/** A certificate was issued in place of a revoked one: a new number and code (the holder is told). */
public record CertificateReissued(Long certificateId, Long replacedCertificateId, String teacher,
        String replacedNumber, String number, String verificationCode) {
}
