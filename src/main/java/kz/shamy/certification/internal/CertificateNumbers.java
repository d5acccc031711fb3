package kz.shamy.certification.internal;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Instant;
import kz.shamy.shared.SchoolTime;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Certificate numbers ({@code SHM-2027-000123}) from a database sequence, so they never repeat, and
 * verification codes: {@value #CODE_LENGTH} characters from SecureRandom over an alphabet without look-alikes
 * (no 0/O, 1/I/L): 31^16, about 7·10^23 codes (79 bits). The code alone opens the public verification page, so it
 * must not be guessable even by someone who tries many (the page is rate-limited as well). Codes issued before were
 * 10 characters (49 bits) and still verify.
 */
@Component
public class CertificateNumbers {

    public static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int CODE_LENGTH = 16;
    /** The shortest code ever issued (before codes grew to 16 characters). */
    static final int SHORTEST_CODE = 10;

    private final EntityManager entityManager;
    private final CertificateRepository certificates;
    private final String sequence;
    private final SecureRandom random = new SecureRandom();

    CertificateNumbers(EntityManager entityManager, CertificateRepository certificates,
            @Value("${shamy.db-schema}") String schema) {
        this.entityManager = entityManager;
        this.certificates = certificates;
        this.sequence = schema + ".certificate_number_seq";
    }

    /** A new certificate for the case's teacher, numbered in the year of {@code at} and with an unused code. */
    Certificate newCertificate(Long caseId, String teacher, Instant at) {
        String code = verificationCode();
        while (certificates.existsByVerificationCode(code)) {
            code = verificationCode();
        }
        String number = next(at.atZone(SchoolTime.ZONE).getYear());
        return certificates.save(new Certificate(caseId, teacher, number, code, at));
    }

    String next(int year) {
        // the dialect knows how this database asks for a sequence's next value (H2 and PostgreSQL differ)
        String select = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString(sequence);
        Number value = (Number) entityManager.createNativeQuery(select).getSingleResult();
        return "SHM-%d-%06d".formatted(year, value.longValue());
    }

    /** Whether {@code code} could be a code at all: the right characters and length (so no look-up is needed). */
    static boolean couldBeCode(String code) {
        if (code.length() < SHORTEST_CODE || code.length() > CODE_LENGTH) {
            return false;
        }
        return code.chars().allMatch(c -> CODE_ALPHABET.indexOf(c) >= 0);
    }

    String verificationCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
