package kz.shamy.reports.internal;

import kz.shamy.reports.AttachmentFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Attachment text extraction and every limit it is held to, on files made in the test. */
class AttachmentTextTests {

    private final AttachmentText text = new AttachmentText(AttachmentLimits.DEFAULT);

    @AfterEach
    void stop() {
        text.destroy();
    }

    @Test
    void readsTheTextOfPdfDocxAndOdtByTheirContent() {
        var pdf = text.extract("report.pdf", AttachmentFixtures.pdf("Reading together in grade three"));
        assertThat(pdf.mediaType()).isEqualTo(AttachmentText.PDF);
        assertThat(pdf.text()).contains("Reading together in grade three");

        var docx = text.extract("report.docx", AttachmentFixtures.docx("Оқушылар мектепте бірге оқиды"));
        assertThat(docx.mediaType()).isEqualTo(AttachmentText.DOCX);
        assertThat(docx.text()).contains("Оқушылар мектепте бірге оқиды");

        var odt = text.extract("report.odt", AttachmentFixtures.odt("Лабораторные работы в сельской школе"));
        assertThat(odt.mediaType()).isEqualTo(AttachmentText.ODT);
        assertThat(odt.text()).contains("Лабораторные работы в сельской школе");
        assertThat(odt.truncated()).isFalse();
    }

    @Test
    void aPdfWithLittleTextIsReadWithoutAskingForOcr() {
        assertThat(text.extract("short.pdf", AttachmentFixtures.pdf("a")).text()).isEqualTo("a");
    }

    @Test
    void theTypeIsWhatTheContentIsNotWhatTheNameSays() {
        // a DOCX named .pdf is still a DOCX, and accepted as one
        assertThat(text.extract("looks-like.pdf", AttachmentFixtures.docx("words")).mediaType())
                .isEqualTo(AttachmentText.DOCX);
        // random bytes named .pdf are refused
        assertThatThrownBy(() -> text.extract("fake.pdf", AttachmentFixtures.random(2048)))
                .isInstanceOf(AttachmentRefused.class).hasMessageContaining("only PDF, DOCX and ODT");
        // plain text is a real type, but not an allowed one
        assertThatThrownBy(() -> text.extract("notes.docx", "just some notes\n".repeat(20).getBytes()))
                .isInstanceOf(AttachmentRefused.class).hasMessageContaining("text/plain");
    }

    @Test
    void aCorruptPdfIsRefusedAsUnreadable() {
        assertThatThrownBy(() -> text.extract("broken.pdf", AttachmentFixtures.corruptPdf()))
                .isInstanceOf(AttachmentRefused.class).hasMessageContaining("not a readable PDF")
                .extracting(e -> ((AttachmentRefused) e).field()).isEqualTo("file");
    }

    @Test
    void aZipBombIsRefusedBeforeAnyParserOpensIt() {
        byte[] bomb = AttachmentFixtures.odtZipBomb(300);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        assertThatThrownBy(() -> text.extract("bomb.odt", bomb)).isInstanceOf(AttachmentRefused.class)
                .hasMessageContaining("zip bomb");
    }

    @Test
    void aZipWithTooManyBytesOrEntriesIsRefusedUnderTighterLimits() {
        var tight = new AttachmentLimits(20L * 1024 * 1024, 1000, Duration.ofSeconds(30), 2, 2L * 1024 * 1024, 1000);
        var strict = new AttachmentText(tight);
        try {
            assertThatThrownBy(() -> strict.extract("big.odt", AttachmentFixtures.odtZipBomb(3)))
                    .isInstanceOf(AttachmentRefused.class).hasMessageContaining("more than 2 MB");
            // mimetype, manifest and content: three entries where two are allowed
            assertThatThrownBy(() -> strict.extract("three.odt", AttachmentFixtures.odt("x")))
                    .isInstanceOf(AttachmentRefused.class).hasMessageContaining("more than 2 files");
        } finally {
            strict.destroy();
        }
    }

    @Test
    void anEmptyOrOverSizeFileIsRefusedBeforeItIsRead() {
        assertThatThrownBy(() -> text.extract("empty.pdf", new byte[0])).hasMessageContaining("empty");
        byte[] overSize = new byte[20 * 1024 * 1024 + 1];
        assertThatThrownBy(() -> text.extract("huge.pdf", overSize)).isInstanceOf(AttachmentRefused.class)
                .hasMessageContaining("20 MB");
    }

    @Test
    void textBeyondTheCharacterLimitIsCutNotRefused() {
        var limits = new AttachmentLimits(20L * 1024 * 1024, 100, Duration.ofSeconds(30), 2000, 200L * 1024 * 1024,
                100);
        var short100 = new AttachmentText(limits);
        try {
            var extracted = short100.extract("long.docx", AttachmentFixtures.docx("word ".repeat(500)));
            assertThat(extracted.truncated()).isTrue();
            assertThat(extracted.text().length()).isLessThanOrEqualTo(100);
        } finally {
            short100.destroy();
        }
    }

    @Test
    void aParseThatTakesTooLongIsAbandoned() throws Exception {
        var limits = new AttachmentLimits(20L * 1024 * 1024, 2_000_000, Duration.ofMillis(200), 2000,
                200L * 1024 * 1024, 100);
        var interrupted = new java.util.concurrent.CountDownLatch(1);
        AttachmentText.Reader neverDone = (mediaType, content) -> {
            try {
                new java.util.concurrent.CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        };
        var impatient = new AttachmentText(limits, neverDone);
        try {
            assertThatThrownBy(() -> impatient.extract("slow.pdf", AttachmentFixtures.pdf("any text")))
                    .isInstanceOf(AttachmentRefused.class).hasMessageContaining("took longer than");
            assertThat(interrupted.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the parse is cancelled").isTrue();
        } finally {
            impatient.destroy();
        }
    }
}
