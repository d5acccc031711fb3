package kz.shamy.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import kz.shamy.ShamyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The modeler's pages are frames for the bundle: for an administrator each carries its script, the CSRF token its
 * calls send, the texts in the reader's language and the modeler's own Content-Security-Policy; everyone else is
 * refused with 403.
 */
@ShamyIntegrationTest
class ModelerPagesIntegrationTests {

    private static final List<String> PAGES = List.of("/modeler", "/modeler/new?kind=bpmn&key=development-work&version=1",
            "/modeler/drafts/5f0c6a0e-4b7c-4a43-9d59-2b8a4c1b8e11", "/modeler/processes/development-work/migration");

    @Autowired
    MockMvc mvc;

    @Test
    void anAdministratorGetsEachPageWithItsScriptTokenTextsAndPolicy() throws Exception {
        for (String path : PAGES) {
            MockHttpServletResponse page = mvc.perform(get(path).param("lang", "kk").with(user("admin").roles("ADMIN")))
                    .andReturn().getResponse();

            assertThat(page.getStatus()).as(path).isEqualTo(200);
            String html = page.getContentAsString();
            assertThat(html).as(path).containsPattern("<script type=\"module\" src=\"/modeler/[a-z-]+-[0-9a-f]{32}\\.js\">")
                    .containsPattern("data-csrf-token=\"[^\"]+\"").contains("data-csrf-header=\"X-CSRF-TOKEN\"")
                    .contains("data-deploy-refused=\"Орналастырылмады:").doesNotContain("??modeler.");
            assertThat(page.getHeader("Content-Security-Policy")).as(path)
                    .contains("script-src 'self';").contains("style-src-attr 'unsafe-inline'")
                    .doesNotContain("'unsafe-eval'").doesNotContain("script-src 'self' 'unsafe-inline'");
        }
    }

    @Test
    void theEditorNamesTheStylesheetOfEachKindByItsContent() throws Exception {
        String html = mvc.perform(get(PAGES.get(2)).with(user("admin").roles("ADMIN"))).andReturn().getResponse()
                .getContentAsString();

        assertThat(html).containsPattern("data-css-bpmn=\"/modeler/bpmn-editor-[0-9a-f]{32}\\.css\"")
                .containsPattern("data-css-dmn=\"/modeler/dmn-editor-[0-9a-f]{32}\\.css\"")
                .containsPattern("data-css-form=\"/modeler/form-editor-[0-9a-f]{32}\\.css\"");
    }

    @Test
    void noOneButAnAdministratorGetsAPage() throws Exception {
        for (String[] who : new String[][] {{"teacher1", "TEACHER"}, {"facilitator1", "FACILITATOR"},
                {"assessor1", "ASSESSOR"}, {"staff1", "STAFF"}, {"principal1", "PRINCIPAL"}}) {
            for (String path : PAGES) {
                assertThat(mvc.perform(get(path).with(user(who[0]).roles(who[1]))).andReturn().getResponse().getStatus())
                        .as(who[0] + " " + path).isEqualTo(403);
            }
        }
    }

    @Test
    void aMigrationPageForAKeyThatCannotBeAProcessIsNotThere() throws Exception {
        assertThat(mvc.perform(get("/modeler/processes/a b<script>/migration").with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
