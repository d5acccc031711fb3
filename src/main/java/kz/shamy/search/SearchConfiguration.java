package kz.shamy.search;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The index's home on disk and the schedule that feeds it from the outbox. */
@Configuration
@EnableScheduling
class SearchConfiguration {

    @Bean
    IndexStore indexStore(@Value("${shamy.search.index-dir}") Path root) {
        return new FsIndexStore(root);
    }
}
