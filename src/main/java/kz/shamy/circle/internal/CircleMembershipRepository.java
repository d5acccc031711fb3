package kz.shamy.circle.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CircleMembershipRepository extends JpaRepository<CircleMembership, Long> {

    List<CircleMembership> findByCircleIdOrderByTeacherId(Long circleId);

    List<CircleMembership> findByCircleIdAndProjectCompletedTrueOrderByTeacherId(Long circleId);

    Optional<CircleMembership> findByCircleIdAndTeacherId(Long circleId, String teacherId);
}
