package kz.shamy.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTests {

    private final StoppedClock clock = new StoppedClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Limits(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1)), clock);

    @Test
    void fiveWrongPasswordsAreFreeTheSixthWaitsThirtySeconds() {
        fail("teacher1", "203.0.113.1", 5);

        assertThatThrownBy(() -> throttle.admit("teacher1", "203.0.113.1")).isInstanceOfSatisfying(
                SignInPaused.class, paused -> assertThat(paused.retryAfter()).isEqualTo(Duration.ofSeconds(30)));
        clock.pass(Duration.ofSeconds(29));
        assertThatThrownBy(() -> throttle.admit("teacher1", "203.0.113.1")).isInstanceOfSatisfying(
                SignInPaused.class, paused -> assertThat(paused.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
        clock.pass(Duration.ofSeconds(1));
        assertThatCode(() -> throttle.admit("teacher1", "203.0.113.1")).doesNotThrowAnyException();
    }

    @Test
    void eachFurtherWrongPasswordDoublesThePauseUpToFifteenMinutes() {
        fail("teacher1", "203.0.113.1", 5);
        Duration expected = Duration.ofSeconds(30);
        for (int i = 0; i < 8; i++) {
            clock.pass(pauseOf("teacher1", "203.0.113.1"));
            fail("teacher1", "203.0.113.1", 1);
            expected = expected.multipliedBy(2).compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15)
                    : expected.multipliedBy(2);
            assertThat(pauseOf("teacher1", "203.0.113.1")).isEqualTo(expected);
        }
        assertThat(expected).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anotherAddressOrAnotherAccountIsNeverPaused() {
        fail("admin", "203.0.113.1", 5);
        assertThatThrownBy(() -> throttle.admit("admin", "203.0.113.1")).isInstanceOf(SignInPaused.class);

        assertThatCode(() -> throttle.admit("admin", "198.51.100.2")).doesNotThrowAnyException();
        assertThatCode(() -> throttle.admit("teacher1", "203.0.113.1")).doesNotThrowAnyException();
    }

    @Test
    void usernamesDifferingOnlyInCaseShareTheirCount() {
        fail("Admin", "203.0.113.1", 3);
        fail("ADMIN", "203.0.113.1", 2);

        assertThatThrownBy(() -> throttle.admit("admin", "203.0.113.1")).isInstanceOf(SignInPaused.class);
    }

    @Test
    void theRightPasswordClearsTheCount() {
        fail("teacher1", "203.0.113.1", 4);
        throttle.admit("teacher1", "203.0.113.1");
        throttle.succeeded("teacher1", "203.0.113.1");

        fail("teacher1", "203.0.113.1", 4);
        assertThatCode(() -> throttle.admit("teacher1", "203.0.113.1")).doesNotThrowAnyException();
    }

    @Test
    void attemptsInFlightCountBeforeTheirAnswerIsKnown() {
        // five guesses sent at once are all admitted; the sixth, sent with them, is not
        for (int i = 0; i < 5; i++) {
            throttle.admit("teacher1", "203.0.113.1");
        }
        assertThatThrownBy(() -> throttle.admit("teacher1", "203.0.113.1")).isInstanceOf(SignInPaused.class);
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLast() {
        fail("teacher1", "203.0.113.1", 4);
        clock.pass(Duration.ofHours(1));

        fail("teacher1", "203.0.113.1", 4);
        assertThatCode(() -> throttle.admit("teacher1", "203.0.113.1")).doesNotThrowAnyException();
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.admit(username, address);
        }
    }

    private Duration pauseOf(String username, String address) {
        try {
            throttle.admit(username, address);
        } catch (SignInPaused paused) {
            return paused.retryAfter();
        }
        throw new AssertionError(username + " from " + address + " is not paused");
    }

    /** Time stands still until a test lets some pass (kz.shamy.MovableClock runs with the system's). */
    private static final class StoppedClock extends Clock {

        private Instant now = Instant.parse("2026-09-01T08:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
