package kz.shamy.notify;

import kz.shamy.notify.internal.MailKind;
import kz.shamy.notify.internal.NotificationPreferences;
import kz.shamy.notify.internal.NotificationSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shamy.EmptyShamyIntegrationTest;
import kz.shamy.notify.NotifyFixture.Circle;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The settings page, each person's own, and the calendar feed behind its secret, revocable link. */
@EmptyShamyIntegrationTest
class NotificationSettingsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired NotifyFixture fixture;
    @Autowired NotificationPreferences preferences;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;

    Circle circle;

    @BeforeEach
    void aCircle() {
        circle = fixture.circle();
    }

    @Test
    void thePageReadsInThePersonsLanguageAndSavesTheirChoices() throws Exception {
        mvc.perform(get("/settings/notifications").param("lang", "ru").with(user(circle.teacher()).roles("TEACHER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Уведомления и календарь</title>"),
                        containsString("<label for=\"kind-RETURN\">мой план или отчёт возвращён с комментариями</label>"),
                        containsString("<option value=\"ru\" selected=\"selected\">"))));
        assertThat(preferences.of(circle.teacher()).getLanguage()).as("picking a language on a page").isEqualTo("ru");

        mvc.perform(post("/settings/notifications").with(user(circle.teacher()).roles("TEACHER")).with(csrf())
                        .param("person", circle.teacher()).param("language", "kk").param("digest", "true")
                        .param("kind", "RETURN", "CERTIFICATION"))
                .andExpect(status().is3xxRedirection());

        NotificationSettings saved = preferences.of(circle.teacher());
        assertThat(saved.getLanguage()).isEqualTo("kk");
        assertThat(saved.isDigest()).isTrue();
        assertThat(saved.wanted()).containsExactlyInAnyOrder(MailKind.RETURN, MailKind.CERTIFICATION);
        mvc.perform(get("/settings/notifications").param("lang", "kk").with(user(circle.teacher()).roles("TEACHER")))
                .andExpect(content().string(allOf(containsString("<title>Хабарламалар мен күнтізбе</title>"),
                        containsString("id=\"kind-RETURN\" value=\"RETURN\" checked=\"checked\""),
                        not(containsString("id=\"kind-ASSIGNMENT\" value=\"ASSIGNMENT\" checked")))));
    }

    @Test
    void nobodyChangesAnotherPersonsSettingsOrCalendarLink() throws Exception {
        preferences.choose(circle.teacher(), "ru", false, java.util.EnumSet.allOf(MailKind.class));
        String token = preferences.newCalendarToken(circle.teacher());

        mvc.perform(post("/settings/notifications").with(user(circle.facilitator()).roles("FACILITATOR"))
                        .with(csrf()).param("person", circle.teacher()).param("language", "en")
                        .param("kind", "RETURN"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/settings/notifications/calendar").with(user("admin").roles("ADMIN")).with(csrf())
                        .param("person", circle.teacher()).param("action", "off"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/settings/notifications").with(user(circle.teacher()).roles("TEACHER"))
                        .param("person", circle.teacher()).param("language", "en"))
                .andExpect(status().isForbidden());

        NotificationSettings unchanged = preferences.of(circle.teacher());
        assertThat(unchanged.getLanguage()).isEqualTo("ru");
        assertThat(unchanged.wanted()).containsExactlyInAnyOrder(MailKind.values());
        assertThat(unchanged.getCalendarToken()).isEqualTo(token);
    }

    @Test
    void aLanguageThatIsNotShamysIsRefusedAndNothingIsSaved() throws Exception {
        mvc.perform(post("/settings/notifications").with(user(circle.teacher()).roles("TEACHER")).with(csrf())
                        .param("person", circle.teacher()).param("language", "de").param("kind", "RETURN"))
                .andExpect(status().isBadRequest());
        assertThat(preferences.of(circle.teacher()).wanted()).containsExactlyInAnyOrder(MailKind.values());
    }

    @Test
    void theCalendarFeedHoldsWorkshopDaysCircleSessionsAndDueDatesAndANewLinkStopsTheOld() throws Exception {
        Long workshop = jdbc.queryForObject("select id from final table (insert into shamy.workshop (region_id,"
                + " venue, day1, day2, registration_deadline, status) values ((select max(id) from shamy.region),"
                + " 'Aqsu school, hall 2; floor 1', ?, ?, ?, 'INVITED'))", Long.class, LocalDate.of(2031, 9, 1),
                LocalDate.of(2031, 9, 2), LocalDate.of(2031, 8, 20));
        jdbc.update("insert into shamy.workshop_invitation (workshop_id, username, role, answer, attended_day1,"
                + " attended_day2, eligible_for_circles) values (?, ?, 'TEACHER', 'CONFIRMED', false, false, false)",
                workshop, circle.teacher());
        jdbc.update("insert into shamy.circle_session (circle_id, held_on) values (?, ?)", circle.circleId(),
                LocalDate.of(2031, 10, 15));
        Task clarify = fixture.task(fixture.startDevelopmentWork(circle));
        clarify.setDueDate(Date.from(Instant.parse("2031-11-03T04:30:00Z")));
        tasks.saveTask(clarify);
        preferences.choose(circle.teacher(), "ru", false, java.util.EnumSet.allOf(MailKind.class));

        mvc.perform(post("/settings/notifications/calendar").with(user(circle.teacher()).roles("TEACHER"))
                        .with(csrf()).param("person", circle.teacher()).param("action", "new"))
                .andExpect(status().is3xxRedirection());
        String link = calendarLinkOnThePage();
        String token = link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
        assertThat(token).matches("[A-Za-z0-9_-]{27}");

        String feed = mvc.perform(get("/calendar/{token}.ics", token))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String unfolded = feed.replace("\r\n ", "");
        assertThat(feed).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(unfolded.split("BEGIN:VEVENT", -1)).hasSize(5);
        assertThat(unfolded.lines().toList()).contains(
                "DTSTART;VALUE=DATE:20310901", "DTSTART;VALUE=DATE:20310902", "DTSTART;VALUE=DATE:20311015",
                "DTSTART:20311103T043000Z",
                "SUMMARY:Вводный семинар\\, день 1: Aqsu school\\, hall 2\\; floor 1",
                "LOCATION:Aqsu school\\, hall 2\\; floor 1",
                "SUMMARY:Встреча круга (2026-2027)",
                "SUMMARY:Срок: Сформулировать свои ценности",
                "URL:https://shamy.example.kz/tasks/" + clarify.getId());

        mvc.perform(post("/settings/notifications/calendar").with(user(circle.teacher()).roles("TEACHER"))
                        .with(csrf()).param("person", circle.teacher()).param("action", "new"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/calendar/{token}.ics", token)).andExpect(status().isNotFound());
        String renewed = calendarLinkOnThePage();
        assertThat(renewed).isNotEqualTo(link);
        mvc.perform(get(renewed.substring("https://shamy.example.kz".length()))).andExpect(status().isOk());

        mvc.perform(post("/settings/notifications/calendar").with(user(circle.teacher()).roles("TEACHER"))
                        .with(csrf()).param("person", circle.teacher()).param("action", "off"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(renewed.substring("https://shamy.example.kz".length()))).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/{token}.ics", "AAAAAAAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
    }

    private String calendarLinkOnThePage() throws Exception {
        String page = mvc.perform(get("/settings/notifications").with(user(circle.teacher()).roles("TEACHER")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("value=\"(https://shamy\\.example\\.kz/calendar/[^\"]+\\.ics)\"").matcher(page);
        assertThat(link.find()).as(page).isTrue();
        return link.group(1);
    }
}
