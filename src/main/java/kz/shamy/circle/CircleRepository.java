package kz.shamy.circle;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CircleRepository extends JpaRepository<Circle, Long> {

    @Query("select c from Circle c, CircleMembership m"
            + " where m.circleId = c.id and m.teacherId = :teacherId and c.status = :status")
    List<Circle> findByTeacher(@Param("teacherId") String teacherId, @Param("status") CircleStatus status);

    List<Circle> findByFacilitatorIdAndStatusOrderByAcademicYearDescIdAsc(String facilitatorId, CircleStatus status);

    List<Circle> findByStatusOrderByAcademicYearDescIdAsc(CircleStatus status);

    default Optional<Circle> findOpenByTeacher(String teacherId) {
        return findByTeacher(teacherId, CircleStatus.OPEN).stream().findFirst();
    }

    /** Which of these teachers already belong to a circle in this status. */
    @Query("select m.teacherId from CircleMembership m, Circle c"
            + " where m.circleId = c.id and c.status = :status and m.teacherId in :teacherIds")
    List<String> membersAmong(@Param("teacherIds") Collection<String> teacherIds, @Param("status") CircleStatus status);
}
