package kz.shamy.programme;

import kz.shamy.programme.internal.InductionRepository;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which programme each teacher takes part in: the programme of the induction workshop they attended (both days),
 * which is what admitted them to a circle. A teacher inducted twice belongs to the later workshop's programme.
 */
@Service
@Transactional(readOnly = true)
public class ProgrammeMembers {

    private final InductionRepository inductions;

    ProgrammeMembers(InductionRepository inductions) {
        this.inductions = inductions;
    }

    /** The programme id of each of these people who was inducted; people never inducted are absent. */
    public Map<String, Long> programmeOf(Collection<String> usernames) {
        Map<String, Long> programmes = new HashMap<>();
        if (usernames.isEmpty()) {
            return programmes;
        }
        for (Object[] row : inductions.inductions(usernames)) {
            if (row[1] != null) {
                programmes.put((String) row[0], (Long) row[1]);
            }
        }
        return programmes;
    }
}
