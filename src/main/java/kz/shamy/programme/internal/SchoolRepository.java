package kz.shamy.programme.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SchoolRepository extends JpaRepository<SchoolEntry, Long> {

    List<SchoolEntry> findByRegionIdOrderByName(Long regionId);
}
