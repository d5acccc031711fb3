package kz.shamy.programme;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<RegionEntry, Long> {

    Optional<RegionEntry> findByCode(String code);
}
