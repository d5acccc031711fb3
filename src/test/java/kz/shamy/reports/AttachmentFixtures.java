package kz.shamy.reports;

import kz.shamy.reports.internal.AttachmentText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Attachment files made on the spot: real PDF, DOCX and ODT documents, and the bad files an upload must refuse. */
public final class AttachmentFixtures {

    private AttachmentFixtures() {
    }

    public static byte[] pdf(String text) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docx(String text) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] odt(String text) {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                  <office:body><office:text><text:p>%s</text:p></office:text></office:body>
                </office:document-content>""".formatted(text);
        return odtWith(content.getBytes(StandardCharsets.UTF_8));
    }

    /** An ODT whose content.xml unpacks to {@code megabytes} MB of spaces from a few hundred kilobytes at most. */
    public static byte[] odtZipBomb(int megabytes) {
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            mimetype(zip);
            zip.putNextEntry(new ZipEntry("content.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts like a PDF and then is noise: the type is PDF, the content is not. */
    public static byte[] corruptPdf() {
        byte[] noise = random(4096);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, noise, 0, header.length);
        return noise;
    }

    public static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static byte[] odtWith(byte[] content) {
        try (var out = new ByteArrayOutputStream(); var zip = new ZipOutputStream(out)) {
            mimetype(zip);
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
                      <manifest:file-entry manifest:full-path="/"
                          manifest:media-type="application/vnd.oasis.opendocument.text"/>
                      <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>""".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content);
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** ODF wants "mimetype" first and stored, not deflated, so a reader finds the type at a fixed place. */
    private static void mimetype(ZipOutputStream zip) throws IOException {
        byte[] type = AttachmentText.ODT.getBytes(StandardCharsets.US_ASCII);
        var entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(type.length);
        var crc = new CRC32();
        crc.update(type);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(type);
        zip.closeEntry();
    }
}
