package kz.shamy.certification;

import kz.shamy.certification.internal.VerificationThrottle;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kz.shamy.MovableClock;
import org.junit.jupiter.api.Test;

class VerificationThrottleTests {

    private final MovableClock clock = new MovableClock();
    private final VerificationThrottle throttle = new VerificationThrottle(
            new VerificationThrottle.Limits(10, Duration.ofSeconds(6)), clock);

    @Test
    void tenChecksAtOnceAreFreeTheEleventhWaitsForOneToComeBack() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.take("203.0.113.7")).as("check %d", i + 1).isEmpty();
        }

        assertThat(throttle.take("203.0.113.7")).hasValueSatisfying(wait ->
                assertThat(wait).isGreaterThan(Duration.ofSeconds(5)).isLessThanOrEqualTo(Duration.ofSeconds(6)));
        clock.advance(Duration.ofSeconds(6));
        assertThat(throttle.take("203.0.113.7")).isEmpty();
        assertThat(throttle.take("203.0.113.7")).isPresent();
    }

    @Test
    void aSteadyGuesserGetsOneCheckPerRefillNotMore() {
        int admitted = 0;
        for (int second = 0; second < 600; second++) {
            if (throttle.take("203.0.113.8").isEmpty()) {
                admitted++;
            }
            clock.advance(Duration.ofSeconds(1));
        }

        // ten minutes: the burst of ten, then one every six seconds
        assertThat(admitted).isBetween(108, 111);
    }

    @Test
    void anotherAddressIsNotHeldBack() {
        for (int i = 0; i < 11; i++) {
            throttle.take("203.0.113.9");
        }

        assertThat(throttle.take("203.0.113.9")).isPresent();
        assertThat(throttle.take("198.51.100.9")).isEmpty();
    }

    @Test
    void addressesOfOneIpv6NetworkShareABucket() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.take("2001:db8:1:2::" + Integer.toHexString(i + 1))).isEmpty();
        }

        assertThat(throttle.take("2001:db8:1:2:ffff::1")).isPresent();
        assertThat(throttle.take("2001:db8:1:3::1")).isEmpty();
        assertThat(VerificationThrottle.client("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }
}
