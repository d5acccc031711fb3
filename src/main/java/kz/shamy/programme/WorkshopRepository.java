package kz.shamy.programme;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkshopRepository extends JpaRepository<Workshop, Long> {

    Optional<Workshop> findByProcessInstanceId(String processInstanceId);
}
