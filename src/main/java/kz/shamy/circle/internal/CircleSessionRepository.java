package kz.shamy.circle.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CircleSessionRepository extends JpaRepository<CircleSession, Long> {

    List<CircleSession> findByCircleIdOrderByHeldOnAscIdAsc(Long circleId);

    long countByCircleId(Long circleId);

    @Query("select count(s) from CircleSession s join s.attendees a where s.circleId = :circleId and a = :teacherId")
    long countAttendedBy(@Param("teacherId") String teacherId, @Param("circleId") Long circleId);
}
