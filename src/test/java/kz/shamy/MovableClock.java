package kz.shamy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The system clock moved forward by however much time a test let pass, so a test can reach a workshop's
 * days without waiting weeks. Import {@link Configuration} to make it Shamy's clock; {@link #reset()} between
 * tests that share a context. Views with another zone ({@link #withZone}) move with it.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> passed;
    private final ZoneId zone;

    public MovableClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneId.of("UTC"));
    }

    private MovableClock(AtomicReference<Duration> passed, ZoneId zone) {
        this.passed = passed;
        this.zone = zone;
    }

    /** Lets {@code time} pass at once. */
    public void advance(Duration time) {
        passed.updateAndGet(total -> total.plus(time));
    }

    /** Back to the system's time. */
    public void reset() {
        passed.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(passed.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MovableClock(passed, zone);
    }

    /** Makes a {@link MovableClock} the application's {@link Clock}. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
