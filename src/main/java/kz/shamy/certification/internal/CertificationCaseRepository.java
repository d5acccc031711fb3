package kz.shamy.certification.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificationCaseRepository extends JpaRepository<CertificationCase, Long> {

    Optional<CertificationCase> findByProcessInstanceId(String processInstanceId);
}
