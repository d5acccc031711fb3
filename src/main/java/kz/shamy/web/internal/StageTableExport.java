package kz.shamy.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.shamy.circle.ProjectStage;
import kz.shamy.shared.SchoolTime;
import kz.shamy.web.internal.TeacherStages.Row;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The teachers × stages table as a file: CSV (UTF-8 with a byte order mark, so Excel reads Cyrillic and Kazakh
 * letters) and XLSX (written by Apache POI). Headings and stage names in the reader's language; dates in Kazakhstan.
 */
@Component
class StageTableExport {

    private static final String[] HEADINGS = {"programme", "region", "school", "year", "teacher", "username",
            "stage", "stagesDone", "since", "due"};
    /** The one column written as a number. */
    private static final int STAGES_DONE = 7;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final MessageSource messages;

    StageTableExport(MessageSource messages) {
        this.messages = messages;
    }

    byte[] csv(List<Row> rows, Locale locale) {
        StringBuilder csv = new StringBuilder();
        for (List<String> line : table(rows, locale)) {
            csv.append(String.join(",", line.stream().map(StageTableExport::quoted).toList())).append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    byte[] xlsx(List<Row> rows, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.getMessage("dash.export.sheet", null, locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<List<String>> table = table(rows, locale);
            for (int r = 0; r < table.size(); r++) {
                var row = sheet.createRow(r);
                List<String> line = table.get(r);
                for (int c = 0; c < line.size(); c++) {
                    var cell = row.createCell(c);
                    if (r > 0 && c == STAGES_DONE) {
                        cell.setCellValue(Integer.parseInt(line.get(c)));
                    } else {
                        cell.setCellValue(line.get(c));
                    }
                    if (r == 0) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < HEADINGS.length; c++) {
                sheet.setColumnWidth(c, 20 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XLSX export", e);
        }
    }

    /** The heading line, then one line per teacher. */
    private List<List<String>> table(List<Row> rows, Locale locale) {
        List<List<String>> table = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (String heading : HEADINGS) {
            headings.add(messages.getMessage("dash.export." + heading, null, locale));
        }
        table.add(headings);
        for (Row row : rows) {
            ProjectStage stage = row.progress().stage();
            table.add(List.of(row.programme(), row.region(), row.school(), row.circle().academicYear(),
                    row.displayName(), row.teacher(),
                    stage == null ? messages.getMessage("dash.notStarted", null, locale)
                            : messages.getMessage("devwork.stage." + stage.name(), null, locale),
                    String.valueOf(row.progress().stagesDone()), date(row.progress().stageSince()),
                    date(row.progress().dueAt())));
        }
        return table;
    }

    private static String date(Instant at) {
        return at == null ? "" : at.atZone(SchoolTime.ZONE).toLocalDate().toString();
    }

    /** RFC 4180: every field in quotes, quotes doubled; a leading =, +, - or @ is kept as text, not a formula. */
    private static String quoted(String field) {
        String text = field == null ? "" : field;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
