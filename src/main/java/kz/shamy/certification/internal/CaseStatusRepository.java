package kz.shamy.certification.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The statuses of certification cases, with whose case each is. */
public interface CaseStatusRepository extends Repository<CertificationCase, Long> {

    @Query("select c.teacher, c.status from CertificationCase c where c.circleId in :circleIds")
    List<Object[]> teachersAndStatuses(Collection<Long> circleIds);
}

