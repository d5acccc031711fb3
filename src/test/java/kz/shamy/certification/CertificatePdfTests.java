package kz.shamy.certification;

import kz.shamy.certification.internal.Certificate;
import kz.shamy.certification.internal.CertificateContent;
import kz.shamy.certification.internal.CertificatePdf;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The certificate's PDF read back with PDFBox: its text in the teacher's language and its QR code decoded. */
class CertificatePdfTests {

    /** Every letter the Kazakh Cyrillic alphabet adds to the Russian one, upper and lower case. */
    static final String KAZAKH_LETTERS = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";

    static final CertificateContent KAZAKH = new CertificateContent("Әйгерім Ғабитқызы Үсенова",
            // the programme's name carries the letters no real name here happens to have (Ң, ұ, Һ...)
            "Ұстаз-көшбасшы: өңірдегі мектептер (Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі)",
            "Сайрам ауданы Қарабұлақ ауылының №12 мектебі", LocalDate.of(2027, 6, 20), "SHM-2027-000042",
            "https://shamy.example.kz/verify/ABCDEFGHJKMNPQRS");

    private final CertificatePdf pdf = new CertificatePdf(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/certificates");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @Test
    void kazakhCertificateHoldsNameProgrammeSchoolDateNumberAndEveryKazakhLetter() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.render(KAZAKH, Locale.forLanguageTag("kk")))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document);

            assertThat(text).contains("СЕРТИФИКАТ", "Осы сертификат мынаны куәландырады", KAZAKH.holder(),
                    KAZAKH.school(), "Сертификат нөмірі: SHM-2027-000042", "бағдарламасын сәтті аяқтады",
                    "Берілген күні: 2027", KAZAKH.verificationUrl());
            assertThat(text.replaceAll("\\s+", " ")).contains(KAZAKH.programme());
            for (char letter : KAZAKH_LETTERS.toCharArray()) {
                assertThat(text).as("the letter %s", letter).contains(String.valueOf(letter));
            }
            assertThat(fonts(document.getPage(0))).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
        }
    }

    @Test
    void russianAndEnglishCertificatesSpeakTheirLanguage() throws Exception {
        try (PDDocument ru = Loader.loadPDF(pdf.render(KAZAKH, Locale.forLanguageTag("ru")));
                PDDocument en = Loader.loadPDF(pdf.render(KAZAKH, Locale.ENGLISH))) {
            assertThat(new PDFTextStripper().getText(ru)).contains("Настоящий сертификат удостоверяет, что",
                    "Номер сертификата: SHM-2027-000042", "Дата выдачи: 20 июня 2027", KAZAKH.holder());
            assertThat(new PDFTextStripper().getText(en)).contains("This is to certify that",
                    "Certificate number: SHM-2027-000042", "Date of issue: June 20, 2027", KAZAKH.holder());
        }
    }

    @Test
    void qrCodeInThePdfDecodesToTheVerificationAddress() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.render(KAZAKH, Locale.forLanguageTag("kk")))) {
            List<BufferedImage> images = images(document.getPage(0));

            assertThat(images).hasSize(1);
            assertThat(decode(images.get(0))).isEqualTo(KAZAKH.verificationUrl());
        }
    }

    static List<PDFont> fonts(PDPage page) throws Exception {
        List<PDFont> fonts = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    static List<BufferedImage> images(PDPage page) throws Exception {
        List<BufferedImage> images = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                images.add(image.getImage());
            }
        }
        return images;
    }

    /** ZXing reads the image as it came out of the PDF, one pixel per module, so as a pure barcode. */
    static String decode(BufferedImage image) throws Exception {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
