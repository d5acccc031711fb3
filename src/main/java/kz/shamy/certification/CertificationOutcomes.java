package kz.shamy.certification;

import kz.shamy.certification.internal.CaseStatus;
import kz.shamy.certification.internal.CaseStatusRepository;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How certification cases came out, counted for the administrators' dashboard. */
@Service
@Transactional(readOnly = true)
public class CertificationOutcomes {

    /** A case's outcome: one of the ends of certification-approval, or still on its way. */
    public enum Outcome {
        CERTIFIED,
        FAILED,
        NOT_ELIGIBLE,
        NOT_ENDORSED,
        IN_PROGRESS;

        static Outcome of(CaseStatus status) {
            return switch (status) {
                case CERTIFIED -> CERTIFIED;
                case FAILED -> FAILED;
                case NOT_ELIGIBLE -> NOT_ELIGIBLE;
                case NOT_ENDORSED -> NOT_ENDORSED;
                default -> IN_PROGRESS;
            };
        }
    }

    private final CaseStatusRepository cases;

    CertificationOutcomes(CaseStatusRepository cases) {
        this.cases = cases;
    }

    /**
     * The cases of these circles whose teacher is one of {@code teachers}, counted by outcome; every outcome is in
     * the map, in order, with 0 when none came out so.
     */
    public Map<Outcome, Long> count(Collection<Long> circleIds, Collection<String> teachers) {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0L);
        }
        if (circleIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : cases.teachersAndStatuses(circleIds)) {
            if (teachers.contains((String) row[0])) {
                counts.merge(Outcome.of((CaseStatus) row[1]), 1L, Long::sum);
            }
        }
        return counts;
    }
}
