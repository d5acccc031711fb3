package kz.shamy.search.internal;

import static kz.shamy.search.internal.FakeSearchSource.published;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import kz.shamy.ShamyApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** The whole application restarted over one index folder: the start-up check repairs what it finds. */
class SearchStartupIntegrationTests {

    private static final AtomicInteger RUNS = new AtomicInteger();
    private static Path indexDir;

    @Test
    void restartAfterTheIndexFolderIsDeletedRebuildsItAndOneBehindCatchesUp() throws Exception {
        indexDir = Files.createTempDirectory("shamy-startup-index");
        FakeSearchSource database = new FakeSearchSource()
                .put(published(1, "en", "One", "alpha")).put(published(2, "ru", "Два", "альфа"));

        try (ConfigurableApplicationContext first = start(database)) {
            assertThat(first.getBean(ReportIndex.class).count()).isEqualTo(2);
            assertThat(indexDir.resolve("current")).isDirectory();
        }

        deleteTree(indexDir);
        database.put(published(3, "en", "Three", "alpha"));
        try (ConfigurableApplicationContext second = start(database)) {
            ReportIndex index = second.getBean(ReportIndex.class);
            assertThat(index.count()).isEqualTo(3);
            assertThat(index.current().sequence()).isEqualTo(3);
            assertThat(Files.readString(indexDir.resolve("CURRENT")).trim()).isEqualTo(index.current().name());
        }

        // stopped while the database moved on: the next start catches up from the outbox, no rebuild
        database.put(published(4, "en", "Four", "alpha"));
        database.remove(1);
        String generation = Files.readString(indexDir.resolve("CURRENT")).trim();
        try (ConfigurableApplicationContext third = start(database)) {
            ReportIndex index = third.getBean(ReportIndex.class);
            assertThat(index.current().name()).isEqualTo(generation);
            assertThat(index.count()).isEqualTo(3);
            assertThat(index.current().sequence()).isEqualTo(5);
        }
    }

    private static ConfigurableApplicationContext start(FakeSearchSource database) {
        return new SpringApplicationBuilder(ShamyApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("fakeSearchSource",
                        FakeSearchSource.class, () -> database, definition -> definition.setPrimary(true)))
                .run("--spring.datasource.url=jdbc:h2:mem:searchstartup" + RUNS.incrementAndGet() + ";DB_CLOSE_DELAY=-1",
                        "--shamy.demo-data=false",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--server.port=0",
                        "--shamy.search.index-dir=" + indexDir);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (indexDir != null) {
            deleteTree(indexDir);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
