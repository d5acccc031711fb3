package kz.shamy.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A dry run through a zip-based file (DOCX, ODT): it is unpacked into nothing, counting entries and bytes,
 * and refused as soon as it has too many entries, unpacks to too many bytes, or is packed more tightly than
 * any document is (past the first megabyte, more than {@code maxCompressionRatio} times its own size).
 */
final class ZipBombCheck {

    private static final long RATIO_CHECKED_ABOVE = 1024 * 1024;

    private ZipBombCheck() {
    }

    static void check(String fileName, byte[] content, AttachmentLimits limits) {
        long unzipped = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxZipEntries()) {
                    throw new AttachmentRefused(fileName, "it packs more than " + limits.maxZipEntries() + " files");
                }
                for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                    unzipped += read;
                    if (unzipped > limits.maxUnzippedBytes()) {
                        throw new AttachmentRefused(fileName, "it unpacks to more than "
                                + limits.maxUnzippedBytes() / (1024 * 1024) + " MB (a zip bomb?)");
                    }
                    if (unzipped > RATIO_CHECKED_ABOVE && unzipped > content.length * limits.maxCompressionRatio()) {
                        throw new AttachmentRefused(fileName, "it unpacks to more than "
                                + limits.maxCompressionRatio() + " times its size (a zip bomb?)");
                    }
                }
            }
        } catch (IOException e) {
            throw new AttachmentRefused(fileName, "it is not a readable zip-based document (" + e.getMessage() + ")");
        }
        if (entries == 0) {
            throw new AttachmentRefused(fileName, "it is not a readable zip-based document (no entries)");
        }
    }
}
