package kz.shamy.circle.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceEntryRepository extends JpaRepository<EvidenceEntry, Long> {

    List<EvidenceEntry> findByProjectIdOrderByEntryDateAscIdAsc(Long projectId);

    long countByProjectId(Long projectId);
}
