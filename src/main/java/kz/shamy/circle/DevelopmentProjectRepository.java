package kz.shamy.circle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;

interface DevelopmentProjectRepository extends JpaRepository<DevelopmentProject, Long> {

    Optional<DevelopmentProject> findFirstByTeacherOrderByStartedAtDescIdDesc(String teacher);

    List<DevelopmentProject> findByCircleIdOrderByTeacher(Long circleId);

    Optional<DevelopmentProject> findByProcessInstanceId(String processInstanceId);

    /** The circle's projects whose poster PresentPoster recorded, by teacher (a teacher's later project wins). */
    default Map<String, DevelopmentProject> withPosterByTeacher(Long circleId) {
        return findByCircleIdOrderByTeacher(circleId).stream().filter(project -> project.getPosterTitle() != null)
                .collect(Collectors.toMap(DevelopmentProject::getTeacher, Function.identity(), (a, b) -> b));
    }
}
