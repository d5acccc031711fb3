package kz.shamy.circle.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanReviewRepository extends JpaRepository<PlanReview, Long> {

    List<PlanReview> findByProjectIdOrderByRound(Long projectId);

    boolean existsByProjectIdAndRound(Long projectId, int round);
}
