package kz.shamy.certification.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The absolute address of a certificate's public verification page, for its QR code: the QR code leaves Shamy on
 * paper, so it cannot be relative, and the base is configured ({@code shamy.public-base-url}), never taken from a
 * request's Host header.
 */
@Component
class VerificationLinks {

    private final String base;

    VerificationLinks(@Value("${shamy.public-base-url}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String of(String verificationCode) {
        return base + "/verify/" + verificationCode;
    }
}
