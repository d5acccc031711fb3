package kz.shamy.circle.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DevelopmentProjectRepository extends JpaRepository<DevelopmentProjectEntry, Long> {

    Optional<DevelopmentProjectEntry> findFirstByTeacherOrderByStartedAtDescIdDesc(String teacher);

    List<DevelopmentProjectEntry> findByCircleIdOrderByTeacher(Long circleId);

    Optional<DevelopmentProjectEntry> findByProcessInstanceId(String processInstanceId);

    /** The circle's projects whose poster PresentPoster recorded, by teacher (a teacher's later project wins). */
    default Map<String, DevelopmentProjectEntry> withPosterByTeacher(Long circleId) {
        return findByCircleIdOrderByTeacher(circleId).stream().filter(project -> project.getPosterTitle() != null)
                .collect(Collectors.toMap(DevelopmentProjectEntry::getTeacher, Function.identity(), (a, b) -> b));
    }
}
