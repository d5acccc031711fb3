package kz.shamy.circle;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectReviewEscalationRepository extends JpaRepository<ProjectReviewEscalation, Long> {

    List<ProjectReviewEscalation> findByProjectIdOrderByEscalatedAt(Long projectId);
}
