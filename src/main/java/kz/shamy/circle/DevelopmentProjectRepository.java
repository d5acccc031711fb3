package kz.shamy.circle;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DevelopmentProjectRepository extends JpaRepository<DevelopmentProject, Long> {

    Optional<DevelopmentProject> findFirstByTeacherOrderByStartedAtDescIdDesc(String teacher);

    List<DevelopmentProject> findByCircleIdOrderByTeacher(Long circleId);
}
