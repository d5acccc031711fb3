package kz.shamy.circle.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NetworkEventRepository extends JpaRepository<NetworkEvent, Long> {

    List<NetworkEvent> findByCircleIdOrderByHeldOnAscIdAsc(Long circleId);

    @Query("select count(e) from NetworkEvent e join e.posters p where e.circleId = :circleId and p.teacherId = :teacherId")
    long countPostersBy(@Param("teacherId") String teacherId, @Param("circleId") Long circleId);
}
