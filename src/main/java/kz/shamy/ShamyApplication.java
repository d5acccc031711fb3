package kz.shamy;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** Shamy: teacher-leadership programmes run as Camunda processes, with their records in Shamy's own tables. */
@SpringBootApplication
public class ShamyApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShamyApplication.class, args);
    }

    /**
     * The time the programme's calendar rules compare with (the workshop's dates so far): one bean, so a
     * test of a whole programme year can let weeks pass instead of waiting for them.
     */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
