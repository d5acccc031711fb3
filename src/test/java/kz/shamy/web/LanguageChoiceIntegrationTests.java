package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.util.List;
import kz.shamy.ShamyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code ?lang=} and the language cookie choose among Kazakh, Russian and English only: anything else is ignored
 * and the page shows in the language the reader already had, never a server error. (The same context as
 * HomePageIntegrationTests.)
 */
@ShamyIntegrationTest
class LanguageChoiceIntegrationTests {

    private static final List<String> NOT_A_LANGUAGE = List.of("<x>", "zz", "", "x".repeat(300), "kk-KZ-x-y", "../",
            "ru/../../etc", "en_US_POSIX_", "-", "de");

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownLanguageKeepsTheReadersOwn() throws Exception {
        for (String lang : NOT_A_LANGUAGE) {
            MockHttpServletResponse response = mvc.perform(get("/login").param("lang", lang)
                    .cookie(new Cookie("shamy-lang", "ru"))).andReturn().getResponse();

            assertThat(response.getStatus()).as(lang).isEqualTo(200);
            assertThat(response.getContentAsString()).as(lang).contains("Имя пользователя", "lang=\"ru\"");
            assertThat(response.getCookie("shamy-lang")).as(lang).isNull();
        }
    }

    @Test
    void anUnknownLanguageWithoutACookieShowsTheDefault() throws Exception {
        for (String lang : NOT_A_LANGUAGE) {
            MockHttpServletResponse response = mvc.perform(get("/").param("lang", lang).with(user("teacher3"))
                    .header("Accept-Language", "kk")).andReturn().getResponse();

            assertThat(response.getStatus()).as(lang).isEqualTo(200);
            assertThat(response.getContentAsString()).as(lang).contains("lang=\"kk\"");
        }
    }

    @Test
    void aLanguageTagWithARegionChoosesItsLanguage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/login").param("lang", "kk-KZ")).andReturn().getResponse();

        assertThat(response.getContentAsString()).contains("Пайдаланушы аты", "lang=\"kk\"");
        assertThat(response.getCookie("shamy-lang").getValue()).isEqualTo("kk");
    }

    @Test
    void aForgedLanguageCookieIsIgnored() throws Exception {
        for (String cookie : List.of("zz", "%3Cx%3E", "zz/Nowhere", "x".repeat(300), "-", "ru_RU_")) {
            MockHttpServletResponse response = mvc.perform(get("/login").cookie(new Cookie("shamy-lang", cookie))
                    .header("Accept-Language", "en")).andReturn().getResponse();

            assertThat(response.getStatus()).as(cookie).isEqualTo(200);
            assertThat(response.getContentAsString()).as(cookie).contains("Username", "lang=\"en\"");
        }
        // a language Shamy speaks with a time zone that does not exist: the language stands, the zone is dropped
        MockHttpServletResponse kazakh = mvc.perform(get("/login").cookie(new Cookie("shamy-lang", "kk/Nowhere"))
                .header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(kazakh.getStatus()).isEqualTo(200);
        assertThat(kazakh.getContentAsString()).contains("Пайдаланушы аты", "lang=\"kk\"");
    }
}
