package kz.shamy.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolRepository extends JpaRepository<SchoolEntry, Long> {

    List<SchoolEntry> findByRegionIdOrderByName(Long regionId);
}
