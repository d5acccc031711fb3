package kz.shamy.workflow.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who the engine takes to be calling. {@link IdentityService#getCurrentAuthentication()} is public API but answers
 * with the engine's internal {@code Authentication}; this is the one place that reads it, and the one place that
 * runs engine calls as someone else and then restores whoever was signed in (with their tenants).
 */
public final class EngineCallers {

    private EngineCallers() {
    }

    /** A signed-in caller: their user id and the ids of their groups. */
    public record Caller(String userId, List<String> groupIds) {

        public Caller {
            groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
        }
    }

    /** The caller the engine sees now; empty when no one (or no user) is signed in, as for timers and jobs. */
    public static Optional<Caller> current(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return Optional.empty();
        }
        return Optional.of(new Caller(authentication.getUserId(), authentication.getGroupIds()));
    }

    /** Runs {@code work} as this user with these groups, or as the engine itself when {@code userId} is null. */
    public static <T> T as(IdentityService identity, String userId, List<String> groupIds, Supplier<T> work) {
        Authentication before = identity.getCurrentAuthentication();
        try {
            if (userId == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(userId, groupIds);
            }
            return work.get();
        } finally {
            if (before == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(before);
            }
        }
    }

    /** Runs {@code work} with no one signed in, so the engine's queries are not narrowed to a caller's grants. */
    public static <T> T asEngine(IdentityService identity, Supplier<T> work) {
        return as(identity, null, List.of(), work);
    }
}
