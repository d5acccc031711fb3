package kz.shamy.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.shamy.ShamyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A page that is not there (or not the reader's) answers with a page in the reader's language, not JSON. */
@ShamyIntegrationTest
class PageProblemsIntegrationTests {

    @Autowired MockMvc mvc;

    @Test
    void anUnknownReportOrProjectIsAPageInTheReadersLanguage() throws Exception {
        mvc.perform(get("/reports/{id}", 999_999).param("lang", "ru").with(user("teacher1").roles("TEACHER")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("Не найдено"), containsString("lang=\"ru\""),
                        not(containsString("urn:shamy:problem")))));
        mvc.perform(get("/projects/{id}", 999_999).param("lang", "kk").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Табылмады")));
        mvc.perform(get("/projects/{id}", 999_999).param("lang", "en").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is nothing here, or it is not yours to read.")));
    }

    @Test
    void theApiKeepsItsProblemDetails() throws Exception {
        mvc.perform(get("/api/search/reindex/{job}", "no-such-job").with(user("admin").roles("ADMIN")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("urn:shamy:problem:not-found")));
    }
}
