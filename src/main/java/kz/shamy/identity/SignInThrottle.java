package kz.shamy.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Slows down whoever guesses passwords, and only them: attempts are counted per username <em>and</em> client
 * address, so wrong passwords sent from one address never keep the account's owner out from another (the
 * engine's own per-user lock, which did, is off: application.yml). Each attempt counts as it starts, so
 * guesses sent at once cannot slip past the count; the right password clears it. Once an address has used its
 * free attempts for a username, it waits before each further one, twice as long each time up to a maximum, and
 * nothing it sends is checked while it waits. Counts are forgotten a while after the last attempt.
 */
public class SignInThrottle {

    /**
     * @param freeAttempts attempts without a right password before the address has to wait
     * @param firstPause the wait after the last free attempt; it doubles with each further one
     * @param maxPause the longest wait
     * @param forgetAfter a count is dropped this long after its last attempt
     */
    @ConfigurationProperties("shamy.sign-in.throttle")
    public record Limits(int freeAttempts, Duration firstPause, Duration maxPause, Duration forgetAfter) {
    }

    private record Count(int attempts, Instant last, Instant pausedUntil) {
    }

    private record Key(String username, String address) {
    }

    private final Limits limits;
    private final Clock clock;
    private final Cache<Key, Count> counts;

    public SignInThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        // bounded, so a flood of made-up usernames costs memory for a while, not for ever
        this.counts = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(limits.forgetAfter().toNanos(), TimeUnit.NANOSECONDS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /**
     * Counts an attempt to sign in as {@code username} from {@code address}, before its password is checked.
     *
     * @throws SignInPaused when the address must wait; the attempt is then not counted and must not be checked
     */
    public void admit(String username, String address) {
        Instant now = clock.instant();
        Count[] refused = new Count[1];
        counts.asMap().compute(key(username, address), (key, count) -> {
            if (count == null || !now.isBefore(count.last().plus(limits.forgetAfter()))) {
                count = new Count(0, now, Instant.MIN);
            }
            if (now.isBefore(count.pausedUntil())) {
                refused[0] = count;
                return count;
            }
            int attempts = count.attempts() + 1;
            return new Count(attempts, now, attempts < limits.freeAttempts() ? Instant.MIN : now.plus(pause(attempts)));
        });
        if (refused[0] != null) {
            Duration wait = Duration.between(now, refused[0].pausedUntil());
            throw new SignInPaused(wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait);
        }
    }

    /** The password was right: the address starts afresh for this username. */
    public void succeeded(String username, String address) {
        counts.invalidate(key(username, address));
    }

    private Duration pause(int attempts) {
        int doublings = Math.min(attempts - limits.freeAttempts(), 30);
        Duration pause = limits.firstPause().multipliedBy(1L << doublings);
        return pause.compareTo(limits.maxPause()) > 0 ? limits.maxPause() : pause;
    }

    private static Key key(String username, String address) {
        return new Key(username.toLowerCase(Locale.ROOT), address);
    }
}
