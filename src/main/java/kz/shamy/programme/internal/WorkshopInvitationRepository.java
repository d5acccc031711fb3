package kz.shamy.programme.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WorkshopInvitationRepository extends JpaRepository<WorkshopInvitation, Long> {

    List<WorkshopInvitation> findByWorkshopIdOrderByUsername(Long workshopId);

    List<WorkshopInvitation> findByUsernameOrderByWorkshopId(String username);

    Optional<WorkshopInvitation> findByWorkshopIdAndUsername(Long workshopId, String username);

    List<WorkshopInvitation> findByWorkshopIdAndAnswer(Long workshopId, InvitationAnswer answer);

    boolean existsByUsernameAndEligibleForCirclesTrue(String username);

    @Query("""
            select distinct i.username from WorkshopInvitation i
            where i.username in :usernames and i.eligibleForCircles = true""")
    List<String> eligibleAmong(Collection<String> usernames);

    @Query("""
            select distinct i.username from WorkshopInvitation i, Workshop w
            where w.id = i.workshopId and w.regionId = :regionId and i.eligibleForCircles = true
            order by i.username""")
    List<String> eligibleUsernamesIn(Long regionId);
}
