package kz.shamy.reports;

import kz.shamy.reports.internal.ArchiveRecordReader;
import kz.shamy.reports.internal.DetectedReportLanguage;
import kz.shamy.reports.internal.ImportBody;
import kz.shamy.reports.internal.ImportError;
import kz.shamy.search.ReportLanguages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.shamy.shared.InvalidRequest;
import org.junit.jupiter.api.Test;

/** What an archive record must be, how its body is split into records, and how a missing language is guessed. */
class ArchiveRecordReaderTests {

    private final ObjectMapper json = new ObjectMapper();
    private final ArchiveRecordReader reader = new ArchiveRecordReader(new DetectedReportLanguage(new ReportLanguages()));

    @Test
    void aCompleteRecordIsReadWithItsKeywordsFromAListOrACommaString() {
        var reading = reader.read(1, good());
        assertThat(reading.ok()).isTrue();
        assertThat(reading.record().keywords()).containsExactly("reading", "grade 3");
        var commas = good().put("keywords", " reading, grade 3 ,, reading");
        assertThat(reader.read(2, commas).record().keywords()).containsExactly("reading", "grade 3");
        assertThat(reader.read(3, good().putNull("keywords")).record().keywords()).isEmpty();
    }

    @Test
    void everyFaultOfARecordIsReportedWithItsLineAndField() {
        ObjectNode bad = good();
        bad.remove("title");
        bad.put("author", "  ");
        bad.put("year", "2019-2021");
        bad.put("language", "de");
        bad.put("subject", 42);
        bad.put("body", "x".repeat(ArchiveRecordReader.MAX_TEXT + 1));
        var reading = reader.read(7, bad);
        assertThat(reading.ok()).isFalse();
        assertThat(reading.errors()).extracting(ImportError::line).containsOnly(7);
        assertThat(reading.errors()).extracting(ImportError::field)
                .containsExactlyInAnyOrder("title", "author", "year", "language", "subject", "body");
        assertThat(reading.errors()).filteredOn(e -> e.field().equals("year")).extracting(ImportError::message)
                .containsExactly("year must read like 2019-2020");
    }

    @Test
    void yearMustBeTwoConsecutiveYearsAndIsKeptWithAHyphen() {
        assertThat(reader.read(1, good().put("year", "2019-2020")).ok()).isTrue();
        // the one rule of shared.AcademicYear: a slash or a dash is the same year, kept as 2019-2020
        assertThat(reader.read(1, good().put("year", "2019/2020")).record().year()).isEqualTo("2019-2020");
        assertThat(reader.read(1, good().put("year", "2019–2020")).record().year()).isEqualTo("2019-2020");
        assertThat(reader.read(1, good().put("year", "2020-2019")).ok()).isFalse();
        assertThat(reader.read(1, good().put("year", "2019")).ok()).isFalse();
    }

    @Test
    void keywordsThatAreNotTextOrTooLongAreRefused() {
        ObjectNode numbers = good();
        numbers.putArray("keywords").add(1).add(2);
        assertThat(reader.read(1, numbers).errors()).extracting(ImportError::field).containsExactly("keywords");
        assertThat(reader.read(1, good().put("keywords", "k".repeat(501))).errors()).extracting(ImportError::field)
                .containsExactly("keywords");
        assertThat(reader.read(1, json.createArrayNode()).errors()).extracting(ImportError::message)
                .containsExactly("a report must be a JSON object");
    }

    @Test
    void aMissingLanguageIsGuessedFromTheText() {
        assertThat(reader.read(1, good().putNull("language").put("summary", "Оқушылар бірге оқиды"))
                .record().language()).isEqualTo("kk");
        assertThat(reader.read(1, good().put("language", "RU")).record().language()).isEqualTo("ru");
        var guess = new DetectedReportLanguage(new ReportLanguages());
        assertThat(guess.guess("Мектептегі зертхана")).isEqualTo("kk");
        assertThat(guess.guess("Mektepte oqūşylar bırge oqidy")).isEqualTo("kk");
        assertThat(guess.guess("Лабораторные работы в школе")).isEqualTo("ru");
        assertThat(guess.guess("Teachers read together")).isEqualTo("en");
        assertThat(guess.guess("Мен мұғаліммін")).isEqualTo("kk");
    }

    @Test
    void jsonLinesAreReadLineByLineAndAMalformedLineIsThatLinesError() {
        var lines = ImportBody.jsonLines("{\"title\":\"a\"}\n\n{not json\r\n{\"title\":\"b\"} trailing\n[1]\n");
        assertThat(lines).extracting(ImportBody.Line::line).containsExactly(1, 3, 4, 5);
        assertThat(lines.get(0).json().path("title").asText()).isEqualTo("a");
        assertThat(lines.get(1).malformed()).startsWith("malformed JSON");
        assertThat(lines.get(2).malformed()).startsWith("malformed JSON");
        assertThat(lines.get(3).json().isArray()).isTrue();
    }

    @Test
    void aJsonArrayIsNumberedByPositionAndAnEmptyOrBrokenOneIsRefused() {
        assertThat(ImportBody.jsonArray("[{\"a\":1},{\"a\":2}]")).extracting(ImportBody.Line::line)
                .containsExactly(1, 2);
        assertThatThrownBy(() -> ImportBody.jsonArray("  ")).isInstanceOf(InvalidRequest.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> ImportBody.jsonArray("[]")).hasMessageContaining("empty");
        assertThatThrownBy(() -> ImportBody.jsonArray("[{\"a\":1},")).hasMessageContaining("not a JSON array");
        assertThatThrownBy(() -> ImportBody.jsonArray("{\"a\":1}")).hasMessageContaining("JSON array");
        assertThatThrownBy(() -> ImportBody.jsonLines("\n \n")).hasMessageContaining("empty");
    }

    private ObjectNode good() {
        ObjectNode node = json.createObjectNode();
        node.put("title", "Reading together");
        node.put("author", "Aigerim Bekova");
        node.put("school", "Sairam school No. 5");
        node.put("region", "Turkistan");
        node.put("subject", "Reading");
        node.put("year", "2019-2020");
        node.put("language", "en");
        node.put("summary", "Pupils in grade 3 read together every morning.");
        node.put("body", "The whole report.");
        node.putArray("keywords").add("reading").add("grade 3").add(" ");
        return node;
    }
}
