package kz.shamy.programme;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<ProgrammeEntry, Long> {
}
