package kz.shamy.programme.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Which programme admitted whom: the induction workshops people attended. */
public interface InductionRepository extends Repository<WorkshopInvitation, Long> {

    /** (username, programme id) for each workshop the people attended both days of, earliest first. */
    @Query("""
            select i.username, w.programmeId from WorkshopInvitation i, Workshop w
            where w.id = i.workshopId and i.eligibleForCircles = true and i.username in :usernames
            order by w.day1, w.id""")
    List<Object[]> inductions(Collection<String> usernames);
}

