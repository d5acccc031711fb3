package kz.shamy.programme.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkshopRepository extends JpaRepository<Workshop, Long> {

    Optional<Workshop> findByProcessInstanceId(String processInstanceId);
}
