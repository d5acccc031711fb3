package kz.shamy.certification.internal;

/** A certificate that is already revoked cannot be revoked again, nor one already re-issued be re-issued again. */
class CertificateAlreadyRevoked extends RuntimeException {

    CertificateAlreadyRevoked(String number) {
        super("certificate " + number + " is already revoked");
    }
}
