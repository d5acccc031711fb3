package kz.shamy.circle.internal;

import kz.shamy.circle.CircleStatus;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CircleRepository extends JpaRepository<CircleEntry, Long> {

    @Query("select c from Circle c, CircleMembership m"
            + " where m.circleId = c.id and m.teacherId = :teacherId and c.status = :status")
    List<CircleEntry> findByTeacher(@Param("teacherId") String teacherId, @Param("status") CircleStatus status);

    List<CircleEntry> findByFacilitatorIdAndStatusOrderByAcademicYearDescIdAsc(String facilitatorId, CircleStatus status);

    List<CircleEntry> findByStatusOrderByAcademicYearDescIdAsc(CircleStatus status);

    Optional<CircleEntry> findByProcessInstanceId(String processInstanceId);

    /** The circle, its row locked until the transaction ends, so two such transactions take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Circle c where c.id = :id")
    Optional<CircleEntry> lockById(@Param("id") Long id);

    default Optional<CircleEntry> findOpenByTeacher(String teacherId) {
        return findByTeacher(teacherId, CircleStatus.OPEN).stream().findFirst();
    }

    /** Which of these teachers already belong to a circle in this status. */
    @Query("select m.teacherId from CircleMembership m, Circle c"
            + " where m.circleId = c.id and c.status = :status and m.teacherId in :teacherIds")
    List<String> membersAmong(@Param("teacherIds") Collection<String> teacherIds, @Param("status") CircleStatus status);
}
