package kz.shamy.certification;

import org.springframework.data.jpa.repository.JpaRepository;

interface CertificationCaseRepository extends JpaRepository<CertificationCase, Long> {
}
