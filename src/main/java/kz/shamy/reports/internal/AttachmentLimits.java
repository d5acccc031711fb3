package kz.shamy.reports.internal;

import java.time.Duration;

/**
 * How far attachment text extraction may go before a file is refused: its size, the text kept (longer text
 * is cut, not refused), the time a parse may take, and for zip-based formats (DOCX, ODT) how many entries,
 * how many bytes unpacked and what compression ratio a file may have before it counts as a zip bomb.
 */
public record AttachmentLimits(long maxBytes, int maxCharacters, Duration maxTime, int maxZipEntries,
        long maxUnzippedBytes, long maxCompressionRatio) {

    public static final AttachmentLimits DEFAULT = new AttachmentLimits(20L * 1024 * 1024, 2_000_000, Duration.ofSeconds(30),
            2_000, 200L * 1024 * 1024, 100);
}
