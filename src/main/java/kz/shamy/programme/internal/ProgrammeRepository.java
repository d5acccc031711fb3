package kz.shamy.programme.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgrammeRepository extends JpaRepository<ProgrammeEntry, Long> {
}
