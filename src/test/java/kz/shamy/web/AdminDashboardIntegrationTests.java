package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.circle.Circles;
import kz.shamy.circle.DevelopmentProjects;
import kz.shamy.programme.Schools;
import kz.shamy.web.DashboardPages.Bar;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administrators' dashboard on the demo circles: everyone's teachers × stages, filtered by programme and region,
 * certification outcomes as an SVG chart, and the table as CSV and XLSX. Administrators only.
 */
@ShamyIntegrationTest
class AdminDashboardIntegrationTests {

    private static final List<String> EVERY_TEACHER = List.of("Aliya Omarova", "Nurlan Kassymov", "Madina Tulegenova",
            "Olga Petrenko", "Zhanar Sadykova");

    @Autowired MockMvc mvc;
    @Autowired Schools schools;
    @Autowired Circles circles;
    @Autowired DevelopmentProjects projects;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeTheCasesATestAdded() {
        jdbc.update("delete from shamy.certification_case where facilitator = 'dashboard-test'");
    }

    @Test
    void anAdministratorSeesEveryCirclesTeachers() throws Exception {
        assertThat(page("", "en")).contains("The programme", "5 teachers in 2 circles")
                .contains(EVERY_TEACHER).contains("Turkistan region", "Abai region", "Teacher Leadership in Kazakhstan");
    }

    @Test
    void eachProgrammeAndRegionIsSummedUp() throws Exception {
        String page = page("", "en");
        String summary = page.substring(page.indexOf("id=\"summary\""), page.indexOf("</table>",
                page.indexOf("id=\"summary\"")));

        // Sairam (Turkistan): teacher1's plan waits for review, teacher3 missed the last two sessions
        assertThat(summary).containsSubsequence("Teacher Leadership in Kazakhstan", "Abai region", "<td>2</td>",
                "<td>0</td>", "<td>0</td>", "<td>0</td>", "<td>0</td>");
        assertThat(summary).containsSubsequence("Teacher Leadership in Kazakhstan", "Turkistan region",
                "<td>3</td>", "<td>0</td>", "<td>1</td>", "<td>0</td>", "<td>1</td>");
    }

    @Test
    void theRegionAndProgrammeInTheQueryChooseWhoIsShown() throws Exception {
        Long abai = schools.regionByCode("ABA").orElseThrow().id();
        Long programme = schools.programmes().get(0).id();

        assertThat(page("?region=" + abai, "en")).contains("2 teachers in 1 circles", "Olga Petrenko", "Zhanar Sadykova")
                .doesNotContain("Aliya Omarova", "Madina Tulegenova");
        assertThat(page("?programme=" + programme, "en")).contains("5 teachers in 2 circles");
        assertThat(page("?programme=" + (programme + 1000), "en")).contains("No teachers in this selection.")
                .doesNotContain("Aliya Omarova");
    }

    @Test
    void certificationOutcomesAreCountedAndDrawnOneBarPerOutcome() throws Exception {
        Long sairam = circles.circleOf("teacher1").orElseThrow().id();
        Long urzhar = circles.circleOf("teacher5").orElseThrow().id();
        addCase("teacher1", sairam, "CERTIFIED");
        addCase("teacher2", sairam, "CERTIFIED");
        addCase("teacher3", sairam, "NOT_ELIGIBLE");
        addCase("teacher6", urzhar, "ENDORSED");

        assertThat(DashboardPages.bars(DashboardPages.svg(page("", "en"), "outcomes"))).containsExactly(
                new Bar("Certified", 2), new Bar("Not certified", 0), new Bar("Not eligible", 1),
                new Bar("Not endorsed", 0), new Bar("In progress", 1));
        Long abai = schools.regionByCode("ABA").orElseThrow().id();
        assertThat(DashboardPages.bars(DashboardPages.svg(page("?region=" + abai, "ru"), "outcomes")))
                .containsExactly(new Bar("Сертифицирован", 0), new Bar("Не сертифицирован", 0),
                        new Bar("Не допущен", 0), new Bar("Не рекомендован фасилитатором", 0),
                        new Bar("В процессе", 1));
    }

    @Test
    void theCsvExportIsUtf8WithAByteOrderMarkAndOneRowPerTeacherInTheReadersLanguage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/dashboard/admin/teachers.csv").param("lang", "ru")
                .with(user("admin").roles("ADMIN"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", ".csv");
        byte[] body = response.getContentAsByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> lines = csv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));

        assertThat(lines.get(0)).containsExactly("Программа", "Регион", "Школа", "Учебный год", "Учитель", "Логин",
                "Этап", "Пройдено этапов", "На этапе с", "Срок");
        assertThat(lines).hasSize(6);
        List<String> aliya = lines.stream().filter(line -> line.get(5).equals("teacher1")).findFirst().orElseThrow();
        assertThat(aliya.subList(0, 8)).containsExactly("Teacher Leadership in Kazakhstan", "Turkistan region",
                "Sairam village school No. 12", circles.circleOf("teacher1").orElseThrow().academicYear(),
                "Aliya Omarova", "teacher1", "План на рассмотрении", "5");
        assertThat(aliya.get(8)).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void theXlsxExportReadsBackWithTheSameRows() throws Exception {
        Long abai = schools.regionByCode("ABA").orElseThrow().id();
        MockHttpServletResponse response = mvc.perform(get("/dashboard/admin/teachers.xlsx").param("lang", "kk")
                .param("region", abai.toString()).with(user("admin").roles("ADMIN"))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).contains("spreadsheetml");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Мұғалімдер мен кезеңдер");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Бағдарлама");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            List<String> teachers = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                teachers.add(row.getCell(5).getStringCellValue() + " " + row.getCell(6).getStringCellValue() + " "
                        + (int) row.getCell(7).getNumericCellValue());
            }
            assertThat(teachers).containsExactly("teacher5 Мәселені анықтау 1", "teacher6 Жоба есебін жазу 8");
        }
    }

    @Test
    void nobodyButAnAdministratorSeesTheDashboardOrItsExports() throws Exception {
        for (String[] who : new String[][] {{"facilitator1", "FACILITATOR"}, {"teacher1", "TEACHER"},
                {"staff1", "STAFF"}}) {
            MockHttpServletResponse page = mvc.perform(get("/dashboard/admin").with(user(who[0]).roles(who[1])))
                    .andReturn().getResponse();
            assertThat(page.getStatus()).as(who[0]).isEqualTo(404);
            assertThat(page.getContentAsString()).doesNotContain("Olga Petrenko");
            for (String file : List.of("/dashboard/admin/teachers.csv", "/dashboard/admin/teachers.xlsx")) {
                MockHttpServletResponse export = mvc.perform(get(file).with(user(who[0]).roles(who[1])))
                        .andReturn().getResponse();
                assertThat(export.getStatus()).as(who[0] + " " + file).isEqualTo(403);
                assertThat(export.getContentAsString()).doesNotContain("teacher5");
            }
        }
    }

    private void addCase(String teacher, Long circleId, String status) {
        jdbc.update("insert into shamy.certification_case (teacher, facilitator, circle_id, project_id, status,"
                + " created_at) values (?, 'dashboard-test', ?, ?, ?, current_timestamp)", teacher, circleId,
                projects.latestOf(teacher).orElseThrow().id(), status);
    }

    private String page(String query, String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/dashboard/admin" + query).param("lang", lang)
                .with(user("admin").roles("ADMIN"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    /** RFC 4180 as the export writes it: every field quoted, quotes doubled, CRLF between lines. */
    private static List<List<String>> csv(String text) throws Exception {
        List<List<String>> lines = new ArrayList<>();
        for (String line : new BufferedReader(new StringReader(text)).lines().toList()) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            lines.add(fields);
        }
        return lines;
    }
}
