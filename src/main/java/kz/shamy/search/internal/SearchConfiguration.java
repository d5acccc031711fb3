package kz.shamy.search.internal;

import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The index's home on disk, the schedule that feeds it from the outbox, and the one binding of a search's
 * query parameters that the API and the page share.
 */
@Configuration
@EnableScheduling
class SearchConfiguration implements WebMvcConfigurer {

    @Bean
    IndexStore indexStore(@Value("${shamy.search.index-dir}") Path root) {
        return new FsIndexStore(root);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new SearchRequestResolver());
    }
}
