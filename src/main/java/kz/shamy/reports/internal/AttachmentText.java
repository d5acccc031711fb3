package kz.shamy.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.shamy.shared.BoundedExecutors;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.xml.sax.ContentHandler;

/**
 * The text of an attachment, read with Apache Tika within {@link AttachmentLimits}: the type is what the
 * content is (PDF, DOCX or ODT), never what the name says; DOCX and ODT are unpacked in a dry run first, so
 * a zip bomb is refused before any parser sees it; embedded documents are not opened; the parse runs on a
 * small pool of its own and is abandoned when it takes too long; text beyond the limit is cut. Every
 * refusal is an {@link AttachmentRefused} (400) that says why.
 */
@Component
public class AttachmentText implements DisposableBean {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final Map<String, String> ALLOWED = Map.of(PDF, "PDF", DOCX, "DOCX", ODT, "ODT");

    /** PDF, DOCX or ODT for an accepted file's media type; any other type as it is. */
    static String format(String mediaType) {
        return ALLOWED.getOrDefault(mediaType, mediaType);
    }

    /** What was read from an accepted file. */
    public record Extracted(String mediaType, String text, boolean truncated) {
    }

    private final AttachmentLimits limits;
    /**
     * Tika's detector and parsers, loaded at the first attachment rather than at start-up: the default
     * configuration instantiates every parser on the classpath (POI, PDFBox, ...), 0.3-0.7 s of a start and
     * some 400 classes that a start without uploads never needs (issue 13). The holder class makes the load
     * happen once, on the first thread that asks.
     */
    private static final class Tika {
        static final Detector DETECTOR = TikaConfig.getDefaultConfig().getDetector();
        static final AutoDetectParser PARSER = new AutoDetectParser();
    }

    /** Two parses at a time, four waiting: a burst of uploads cannot take every thread of the server. */
    private final ThreadPoolExecutor parses;
    private final Reader reader;

    /** Reads the text of a file whose type has been accepted. */
    @FunctionalInterface
    public interface Reader {
        Extracted read(String mediaType, byte[] content) throws Exception;
    }

    @Autowired
    AttachmentText() {
        this(AttachmentLimits.DEFAULT);
    }

    AttachmentText(AttachmentLimits limits) {
        this(limits, null);
    }

    /** {@code reader}: how a file of an accepted type is read, in place of Tika (tests of the limits); null for Tika. */
    AttachmentText(AttachmentLimits limits, Reader reader) {
        this.limits = limits;
        this.reader = reader != null ? reader : this::read;
        this.parses = BoundedExecutors.of("attachment-text", 2, 4);
    }

    public Extracted extract(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new AttachmentRefused(fileName, "the file is empty");
        }
        if (content.length > limits.maxBytes()) {
            throw new AttachmentRefused(fileName, "it has " + content.length + " bytes; at most "
                    + limits.maxBytes() + " (" + limits.maxBytes() / (1024 * 1024) + " MB) are accepted");
        }
        String mediaType = detect(content);
        if (!ALLOWED.containsKey(mediaType)) {
            throw new AttachmentRefused(fileName, "its content is " + mediaType + "; only PDF, DOCX and ODT are "
                    + "accepted");
        }
        if (!PDF.equals(mediaType)) {
            ZipBombCheck.check(fileName, content, limits);
        }
        return parse(fileName, mediaType, content);
    }

    private String detect(byte[] content) {
        try (InputStream in = TikaInputStream.get(content)) {
            return Tika.DETECTOR.detect(in, new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    private Extracted parse(String fileName, String mediaType, byte[] content) {
        Future<Extracted> parse;
        try {
            parse = parses.submit(() -> reader.read(mediaType, content));
        } catch (RejectedExecutionException e) {
            throw new AttachmentRefused(fileName, "too many attachments are being read just now; try again in a "
                    + "minute");
        }
        try {
            return parse.get(limits.maxTime().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new AttachmentRefused(fileName, "reading it took longer than " + limits.maxTime().toSeconds()
                    + " seconds");
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new AttachmentRefused(fileName, "reading it was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof EncryptedDocumentException) {
                throw new AttachmentRefused(fileName, "it is password-protected");
            }
            throw new AttachmentRefused(fileName, "it is not a readable " + ALLOWED.get(mediaType) + " file ("
                    + rootMessage(cause) + ")");
        }
    }

    private Extracted read(String mediaType, byte[] content) throws Exception {
        var text = new StringWriter();
        var handler = new BodyContentHandler(new WriteOutContentHandler(text, limits.maxCharacters()));
        var context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, NO_EMBEDDED_DOCUMENTS);
        context.set(PDFParserConfig.class, noOcr());
        var metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, mediaType);
        boolean truncated = false;
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(content))) {
            Tika.PARSER.parse(in, handler, metadata, context);
        } catch (Exception e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
            truncated = true;
        }
        String extracted = text.toString().strip();
        return new Extracted(mediaType, extracted, truncated);
    }

    /** Scanned pages stay unread: there is no OCR engine here, and a page with little text is no reason to look. */
    private static PDFParserConfig noOcr() {
        var config = new PDFParserConfig();
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        config.setExtractInlineImages(false);
        return config;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    /** Documents inside the document (an embedded spreadsheet, a packed file) are skipped, not parsed. */
    private static final EmbeddedDocumentExtractor NO_EMBEDDED_DOCUMENTS = new EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never called: shouldParseEmbedded says no
        }
    };

    @Override
    public void destroy() {
        parses.shutdownNow();
    }
}
