package kz.shamy.certification.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    /** The case's certificate in force: the latest, as a re-issued one replaces the one before. */
    Optional<Certificate> findFirstByCaseIdOrderByIssuedAtDescIdDesc(Long caseId);

    Optional<Certificate> findFirstByTeacherOrderByIssuedAtDesc(String teacher);

    List<Certificate> findByTeacherOrderByIssuedAtDescIdDesc(String teacher);

    @Query("""
            select c from Certificate c where c.caseId in
                (select k.id from CertificationCase k where k.facilitator = :facilitator)
            order by c.issuedAt desc, c.id desc""")
    List<Certificate> facilitatedBy(String facilitator);

    List<Certificate> findTop20ByOrderByIssuedAtDescIdDesc();

    Optional<Certificate> findByNumber(String number);

    Optional<Certificate> findByVerificationCode(String verificationCode);

    boolean existsByVerificationCode(String verificationCode);
}
