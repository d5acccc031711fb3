package kz.shamy.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class RecentSignInsTests {

    private final AtomicLong nanos = new AtomicLong();
    private final RecentSignIns recent = new RecentSignIns(Duration.ofSeconds(30), 100, nanos::get);
    private final List<GrantedAuthority> teacher = List.of(new SimpleGrantedAuthority("GROUP_teachers"));

    @Test
    void theSamePasswordWithinTheTimeIsRecalledWithWhatItWasGranted() {
        recent.remember("aigerim", "s3cret-One", teacher);
        nanos.addAndGet(Duration.ofSeconds(29).toNanos());

        assertThat(recent.recall("aigerim", "s3cret-One")).hasValueSatisfying(
                authorities -> assertThat(authorities).containsExactlyElementsOf(teacher));
    }

    @Test
    void anotherPasswordAnotherPersonOrLaterIsNot() {
        recent.remember("aigerim", "s3cret-One", teacher);

        assertThat(recent.recall("aigerim", "s3cret-Two")).isEmpty();
        assertThat(recent.recall("aigerim", "s3cret-One ")).isEmpty();
        assertThat(recent.recall("bolat", "s3cret-One")).isEmpty();
        nanos.addAndGet(Duration.ofSeconds(31).toNanos());
        assertThat(recent.recall("aigerim", "s3cret-One")).isEmpty();
    }

    @Test
    void forgettingOneOrEveryoneAndAnyChangeOfAccounts() {
        recent.remember("aigerim", "s3cret-One", teacher);
        recent.remember("bolat", "s3cret-Two", teacher);

        recent.forget("aigerim");
        assertThat(recent.recall("aigerim", "s3cret-One")).isEmpty();
        assertThat(recent.recall("bolat", "s3cret-Two")).isPresent();

        recent.accountsChanged(new EngineIdentityChanged());
        assertThat(recent.recall("bolat", "s3cret-Two")).isEmpty();
    }

    @Test
    void twoInstancesDoNotShareTheirKeys() {
        RecentSignIns other = new RecentSignIns(Duration.ofSeconds(30), 100, nanos::get);
        recent.remember("aigerim", "s3cret-One", teacher);
        assertThat(other.recall("aigerim", "s3cret-One")).isEmpty();
    }
}
