package kz.shamy.certification;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Certificate numbers ({@code SHM-2027-000123}) from a database sequence, so they never repeat, and
 * verification codes: {@value #CODE_LENGTH} characters from SecureRandom over an alphabet without look-alikes
 * (no 0/O, 1/I/L): 31^10, about 8·10^14 codes, so a code cannot be guessed from a number.
 */
@Component
class CertificateNumbers {

    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int CODE_LENGTH = 10;

    private final EntityManager entityManager;
    private final String sequence;
    private final SecureRandom random = new SecureRandom();

    CertificateNumbers(EntityManager entityManager, @Value("${shamy.db-schema}") String schema) {
        this.entityManager = entityManager;
        this.sequence = schema + ".certificate_number_seq";
    }

    String next(int year) {
        // the dialect knows how this database asks for a sequence's next value (H2 and PostgreSQL differ)
        String select = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString(sequence);
        Number value = (Number) entityManager.createNativeQuery(select).getSingleResult();
        return "SHM-%d-%06d".formatted(year, value.longValue());
    }

    String verificationCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
