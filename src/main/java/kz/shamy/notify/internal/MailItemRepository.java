package kz.shamy.notify.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MailItemRepository extends JpaRepository<MailItem, Long> {

    @Query("select m.id from MailItem m where m.digest = false and m.claim is null and m.attempts < :maxAttempts"
            + " order by m.id")
    List<Long> waitingSingles(@Param("maxAttempts") int maxAttempts, Limit limit);

    @Query("select distinct m.recipient from MailItem m where m.digest = true and m.claim is null"
            + " and m.attempts < :maxAttempts")
    List<String> recipientsWithWaitingDigest(@Param("maxAttempts") int maxAttempts);

    /** Takes one waiting mail for this node; 0 when another took it first. */
    @Modifying
    @Query("update MailItem m set m.claim = :claim where m.id = :id and m.claim is null")
    int claimSingle(@Param("id") Long id, @Param("claim") String claim);

    /** Takes every waiting digest item of one person for this node. */
    @Modifying
    @Query("update MailItem m set m.claim = :claim where m.recipient = :recipient and m.digest = true"
            + " and m.claim is null and m.attempts < :maxAttempts")
    int claimDigest(@Param("recipient") String recipient, @Param("claim") String claim,
            @Param("maxAttempts") int maxAttempts);

    List<MailItem> findByClaimOrderById(String claim);

    @Modifying
    @Query("update MailItem m set m.sentAt = :at where m.claim = :claim")
    int sent(@Param("claim") String claim, @Param("at") Instant at);

    /** A mail that could not be sent waits for the next try. */
    @Modifying
    @Query("update MailItem m set m.claim = null, m.attempts = m.attempts + 1 where m.claim = :claim")
    int release(@Param("claim") String claim);

    List<MailItem> findByRecipientOrderById(String recipient);
}
