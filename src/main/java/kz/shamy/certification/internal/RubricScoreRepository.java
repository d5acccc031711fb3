package kz.shamy.certification.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RubricScoreRepository extends JpaRepository<RubricScore, Long> {

    List<RubricScore> findByCaseIdOrderByScoredAtAscIdAsc(Long caseId);
}
