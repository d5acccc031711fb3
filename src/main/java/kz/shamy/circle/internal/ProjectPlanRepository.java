package kz.shamy.circle.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectPlanRepository extends JpaRepository<ProjectPlan, Long> {

    List<ProjectPlan> findByProjectIdOrderByRound(Long projectId);

    Optional<ProjectPlan> findFirstByProjectIdOrderByRoundDesc(Long projectId);
}
