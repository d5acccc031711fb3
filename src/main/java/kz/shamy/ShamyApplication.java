package kz.shamy;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Shamy: teacher-leadership programmes run as Camunda processes, with their records in Shamy's own tables. */
@SpringBootApplication
public class ShamyApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShamyApplication.class, args);
    }
}
