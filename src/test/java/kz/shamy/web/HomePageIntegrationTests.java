package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import kz.shamy.ShamyIntegrationTest;
import kz.shamy.notify.internal.Notification;
import kz.shamy.notify.Notifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The home page's stage ladder, drawn from the demo data's circles: each viewer sees only the teachers
 * their role and relation allow, at the stage Shamy's tables hold.
 */
@ShamyIntegrationTest
class HomePageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Notifier notifier;

    @Test
    void facilitatorSeesEveryTeacherOfTheirCircleAtTheirStage() throws Exception {
        String page = page("facilitator1", "en");

        assertThat(page).contains("Where the teachers are", "Aliya Omarova", "Nurlan Kassymov", "Madina Tulegenova");
        assertThat(page).doesNotContain("Olga Petrenko", "Zhanar Sadykova");
        // teacher1 waits at the plan review: five stages done, the sixth is now
        assertThat(rowOf(page, "Aliya Omarova")).contains("Plan under review");
        assertThat(count(rowOf(page, "Aliya Omarova"), "class=\"done\"")).isEqualTo(5);
        assertThat(count(rowOf(page, "Aliya Omarova"), "class=\"now\"")).isEqualTo(1);
    }

    @Test
    void teacherSeesOnlyTheirOwnProject() throws Exception {
        String page = page("teacher3", "en");

        assertThat(page).contains("Your project", "Madina Tulegenova").doesNotContain("Aliya Omarova");
    }

    @Test
    void assessorAndStaffSeeNoLadder() throws Exception {
        assertThat(page("assessor1", "en")).doesNotContain("class=\"ladder\"");
        assertThat(page("staff1", "en")).doesNotContain("class=\"ladder\"");
    }

    @Test
    void ladderSpeaksTheReadersLanguage() throws Exception {
        assertThat(page("facilitator1", "kk")).contains("Мұғалімдер қай кезеңде", "Жоспар қаралуда");
        assertThat(page("facilitator1", "ru")).contains("Где сейчас учителя");
    }

    @Test
    void aPersonWithNoCircleIsToldWhyInTheirLanguage() throws Exception {
        assertThat(page("assessor1", "en")).contains("id=\"no-board\"", "Assessors follow no circle");
        assertThat(page("assessor1", "kk")).contains("Бағалаушылар топты бақыламайды");
        assertThat(page("assessor1", "ru")).contains("Оценщики не ведут кружки");
        assertThat(page("staff1", "en")).contains("Staff follow no circle here");
        assertThat(page("facilitator1", "en")).doesNotContain("id=\"no-board\"");
    }

    @Test
    void noNotificationsIsExplainedNotLeftBlank() throws Exception {
        assertThat(page("staff1", "en")).contains("id=\"no-notifications\"", "Shamy writes here when something needs you");
        assertThat(page("staff1", "kk")).contains("Әзірге хабарлама жоқ");
    }

    @Test
    void aNotificationsTimeIsKazakhstanTimeWithItsZone() throws Exception {
        Notification sent = notifier.notify("assessor2", "notify.certification.certified", "KZ-0001", "ABC123");
        ZonedDateTime almaty = sent.getCreatedAt().atZone(ZoneId.of("Asia/Almaty"));

        String kk = page("assessor2", "kk");
        assertThat(kk).contains(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(almaty) + " UTC+5")
                .contains("datetime=\"" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(almaty.toOffsetDateTime().withNano(0))
                        + "\"")
                .doesNotContain(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(sent.getCreatedAt()
                        .atZone(ZoneOffset.UTC)));
        assertThat(page("assessor2", "en")).contains(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(almaty)
                + " UTC+5");
    }

    private String page(String username, String lang) throws Exception {
        return mvc.perform(get("/").param("lang", lang).with(user(username)))
                .andReturn().getResponse().getContentAsString();
    }

    private static String rowOf(String page, String name) {
        int start = page.indexOf(name);
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
