package kz.shamy.certification.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keeps anyone from trying verification codes in bulk: a token bucket per client address. An address holds up to
 * {@code burst} tries and gets one back every {@code refill}; with none left it is told how long to wait. An IPv6
 * client is counted by its /64 network, as one client commonly holds all of it. Buckets are forgotten once they
 * would be full again, so memory follows the addresses seen lately (bounded as well).
 */
public class VerificationThrottle {

    /**
     * @param burst tries an address may make at once
     * @param refill how long it takes to get one try back
     */
    @ConfigurationProperties("shamy.verification.throttle")
    public record Limits(int burst, Duration refill) {
    }

    /** The tries left at {@code at}, counted in refill periods' nanoseconds to stay exact. */
    private record Bucket(long tokensNanos, Instant at) {
    }

    private final Limits limits;
    private final Clock clock;
    private final Cache<String, Bucket> buckets;

    public VerificationThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(limits.refill().multipliedBy(limits.burst()).toNanos(), TimeUnit.NANOSECONDS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    /** Takes one try for {@code address}: empty when it may go ahead, else how long it must wait (at least 1 s). */
    public Optional<Duration> take(String address) {
        Instant now = clock.instant();
        long refill = limits.refill().toNanos();
        long full = refill * limits.burst();
        Duration[] wait = new Duration[1];
        buckets.asMap().compute(client(address), (key, bucket) -> {
            long tokens = bucket == null ? full
                    : Math.min(full, bucket.tokensNanos() + Duration.between(bucket.at(), now).toNanos());
            if (tokens < refill) {
                wait[0] = Duration.ofNanos(refill - tokens);
                return new Bucket(tokens, now);
            }
            return new Bucket(tokens - refill, now);
        });
        if (wait[0] == null) {
            return Optional.empty();
        }
        return Optional.of(wait[0].compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait[0]);
    }

    /** The address, or for IPv6 its /64 network. */
    public static String client(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // a literal is parsed, never looked up
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
