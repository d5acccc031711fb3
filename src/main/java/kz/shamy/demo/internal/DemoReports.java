package kz.shamy.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import kz.shamy.reports.ReportImports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * DEMO ONLY. The archive of earlier years' project reports ({@value #ARCHIVE}: Kazakh in both scripts,
 * Russian and English), imported through the reports' own import as an administrator would post it to
 * {@code /api/reports/import}, so search answers from the first start ({@code shamy.demo-reports}, on unless
 * set to false). Runs inside {@link DemoData}'s one seeding transaction.
 */
@Component
@ConditionalOnProperty(name = "shamy.demo-reports", havingValue = "true", matchIfMissing = true)
public class DemoReports {

    static final String ARCHIVE = "demo/archive-reports.jsonl";
    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

    private final ReportImports imports;

    DemoReports(ReportImports imports) {
        this.imports = imports;
    }

    void seed() {
        int imported = imports.importJsonLines(archive(), "admin");
        log.info("Imported {} demo archive reports", imported);
    }

    public static String archive() {
        try (InputStream in = new ClassPathResource(ARCHIVE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo archive " + ARCHIVE + " cannot be read", e);
        }
    }
}
