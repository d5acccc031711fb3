package kz.shamy.modeler.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModelAuditRepository extends JpaRepository<ModelAuditEntry, Long> {

    List<ModelAuditEntry> findAllByOrderByAtDescIdDesc();

    List<ModelAuditEntry> findByKeyOrderByAtDescIdDesc(String key);

    List<ModelAuditEntry> findByDeploymentIdIn(java.util.Collection<String> deploymentIds);
}
