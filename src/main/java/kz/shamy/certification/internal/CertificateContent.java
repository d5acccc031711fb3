package kz.shamy.certification.internal;

import java.time.LocalDate;

/**
 * What a certificate's document says: whose, for which programme and school, when, its number and where to
 * check it.
 */
public record CertificateContent(String holder, String programme, String school, LocalDate issuedOn, String number,
        String verificationUrl) {
}
