package kz.shamy.programme.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionRepository extends JpaRepository<RegionEntry, Long> {

    Optional<RegionEntry> findByCode(String code);
}
