package kz.shamy.certification;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCaseId(Long caseId);

    Optional<Certificate> findFirstByTeacherOrderByIssuedAtDesc(String teacher);

    Optional<Certificate> findByNumber(String number);

    boolean existsByVerificationCode(String verificationCode);
}
