package kz.shamy.circle;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceEntryRepository extends JpaRepository<EvidenceEntry, Long> {

    List<EvidenceEntry> findByProjectIdOrderByEntryDateAscIdAsc(Long projectId);

    long countByProjectId(Long projectId);
}
