package kz.shamy.modeler.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ModelDraftRepository extends JpaRepository<ModelDraft, String> {

    List<ModelDraft> findAllByOrderByUpdatedAtDesc();
}
