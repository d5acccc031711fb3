package kz.shamy.certification.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A certificate as a one-page A4 PDF in the reader's language: name, programme, school, date of issue and number,
 * and a QR code of its public verification page. The text is set in Liberation Serif (from openpdf-fonts-extra),
 * embedded, which has every letter of the Kazakh Cyrillic alphabet, so the document reads the same everywhere.
 */
@Component
public class CertificatePdf {

    private static final Color INK = new Color(0x1f, 0x3a, 0x5f);

    private final MessageSource messages;
    private final BaseFont regular;
    private final BaseFont bold;

    public CertificatePdf(MessageSource messages) {
        this.messages = messages;
        this.regular = font("LiberationSerif-Regular.ttf");
        this.bold = font("LiberationSerif-Bold.ttf");
    }

    private static BaseFont font(String file) {
        try (InputStream in = new ClassPathResource("liberation/" + file).getInputStream()) {
            // Identity-H: any Unicode letter, and only the glyphs used are embedded (a few KB, not the whole font)
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate font " + file + " is not on the classpath", e);
        }
    }

    public byte[] render(CertificateContent content, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 60, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(text("certificate.pdf.title", locale) + " " + content.number());
            document.addAuthor("Shamy");
            document.open();
            frame(writer.getDirectContentUnder(), document);
            centred(document, text("certificate.pdf.title", locale).toUpperCase(locale),
                    new Font(bold, 34, Font.NORMAL, INK), 8);
            centred(document, text("certificate.pdf.certifies", locale), new Font(regular, 15), 18);
            centred(document, content.holder(), new Font(bold, 28, Font.NORMAL, INK), 18);
            centred(document, content.programme() == null ? text("certificate.pdf.completedUnnamed", locale)
                    : text("certificate.pdf.completed", locale, content.programme()), new Font(regular, 16), 10);
            if (content.school() != null) {
                centred(document, text("certificate.pdf.school", locale, content.school()), new Font(regular, 14), 24);
            }
            Font small = new Font(regular, 12);
            centred(document, text("certificate.pdf.issuedOn", locale,
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(content.issuedOn())),
                    small, 4);
            centred(document, text("certificate.pdf.number", locale, content.number()), small, 4);
            qrCode(writer, document, content.verificationUrl(), locale);
        } catch (DocumentException e) {
            throw new IllegalStateException("certificate " + content.number() + " could not be rendered", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void frame(PdfContentByte canvas, Document document) {
        float inset = 24;
        canvas.setColorStroke(INK);
        canvas.setLineWidth(3);
        canvas.rectangle(inset, inset, document.getPageSize().getWidth() - 2 * inset,
                document.getPageSize().getHeight() - 2 * inset);
        canvas.stroke();
    }

    private static void centred(Document document, String line, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(line, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        document.add(paragraph);
    }

    /** The QR code in the lower right corner; the address along the bottom, for those who cannot scan. */
    private void qrCode(PdfWriter writer, Document document, String url, Locale locale) {
        float size = 110;
        Image qr = qrImage(url);
        qr.scaleAbsolute(size, size);
        qr.setAbsolutePosition(document.getPageSize().getWidth() - 44 - size, 44);
        document.add(qr);
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                new Phrase(text("certificate.pdf.verifyAt", locale, url), new Font(regular, 9)), 48, 50, 0);
    }

    /** One pixel per module, black on white, one bit each; the PDF scales it up without smoothing. */
    static Image qrImage(String url) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalStateException("no QR code for " + url, e);
        }
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        int rowBytes = (width + 7) / 8;
        byte[] bits = new byte[rowBytes * height];
        Arrays.fill(bits, (byte) 0xFF);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (matrix.get(x, y)) {
                    // DeviceGray at one bit: 0 is black
                    bits[y * rowBytes + x / 8] &= (byte) ~(0x80 >> (x % 8));
                }
            }
        }
        try {
            return Image.getInstance(width, height, 1, 1, bits);
        } catch (DocumentException e) {
            throw new IllegalStateException("no QR image for " + url, e);
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
