package kz.shamy.circle.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectReviewEscalationRepository extends JpaRepository<ProjectReviewEscalation, Long> {

    List<ProjectReviewEscalation> findByProjectIdOrderByEscalatedAt(Long projectId);
}
