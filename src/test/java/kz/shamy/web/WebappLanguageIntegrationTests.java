package kz.shamy.web;

import kz.shamy.web.internal.WebappLanguage;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import kz.shamy.ShamyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP (Camunda's webapp filters take part): the webapps' language module answers the language Shamy's
 * pages speak, Shamy's locale files are served in place of none, and someone whose role has no Tasklist is neither
 * offered it nor left on a Whitelabel page when they find it anyway. The same context as the browser tests.
 */
@ShamyIntegrationTest
class WebappLanguageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theWebappsSpeakTheLanguageOfShamysPages() throws Exception {
        PageClient teacher = signedIn("teacher1");

        assertThat(language(teacher, "shamy-lang=ru", "kk")).isEqualTo("export default 'ru';\n");
        assertThat(language(teacher, "shamy-lang=kk", "ru")).isEqualTo("export default 'kk';\n");
        // no cookie: the browser's language if it is one of Shamy's, else Kazakh
        assertThat(language(teacher, null, "ru-RU,ru;q=0.9")).isEqualTo("export default 'ru';\n");
        assertThat(language(teacher, null, "de-DE")).isEqualTo("export default 'kk';\n");
        // a forged cookie is ignored, never written into the script
        assertThat(language(teacher, "shamy-lang=x';alert(1)//", "de")).isEqualTo("export default 'kk';\n");

        HttpResponse<String> module = teacher.get(WebappLanguage.PATH, "Cookie", "shamy-lang=ru");
        assertThat(module.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/javascript"));
        assertThat(module.headers().firstValue("Cache-Control")).hasValueSatisfying(
                cache -> assertThat(cache).contains("no-store"));
    }

    @Test
    void shamysLocaleFilesAndConfigurationAreServedInTheWebapps() throws Exception {
        PageClient teacher = signedIn("teacher1");

        HttpResponse<String> kk = teacher.get("/camunda/app/tasklist/locales/kk.json");
        HttpResponse<String> ru = teacher.get("/camunda/app/tasklist/locales/ru.json");
        HttpResponse<String> config = teacher.get("/camunda/app/tasklist/scripts/config.js");
        HttpResponse<String> styles = teacher.get("/camunda/app/tasklist/styles/user-styles.css");

        assertThat(kk.statusCode()).isEqualTo(200);
        assertThat(kk.body()).contains("\"CLAIM_TASK\": \"Өзіме алу\"");
        assertThat(ru.body()).contains("\"CLAIM_TASK\": \"Взять себе\"");
        assertThat(config.body()).contains("shamy-language.js", "availableLocales: [language]");
        assertThat(styles.body()).contains(".ce-eol-banner");
    }

    @Test
    void staffAreNotOfferedTasklistAndFindingItAnywayReadsAsAPageInTheirLanguage() throws Exception {
        PageClient staff = signedIn("staff1");

        assertThat(staff.get("/").body()).doesNotContain("/camunda/app/tasklist/");
        HttpResponse<String> refused = staff.get("/camunda/app/tasklist/default/", "Accept", "text/html",
                "Cookie", "shamy-lang=ru");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(refused.body()).contains("Вам недоступно", "lang=\"ru\"", "<title>").doesNotContain("Whitelabel");
        assertThat(staff.get("/camunda/app/tasklist/default/", "Accept", "text/html", "Cookie", "shamy-lang=kk")
                .body()).contains("Сізге ашық емес");
    }

    @Test
    void teachersAreOfferedTasklist() throws Exception {
        assertThat(signedIn("teacher1").get("/").body()).contains("href=\"/camunda/app/tasklist/\"");
    }

    private String language(PageClient client, String cookie, String acceptLanguage) throws Exception {
        HttpResponse<String> module = cookie == null
                ? client.get(WebappLanguage.PATH, "Accept-Language", acceptLanguage)
                : client.get(WebappLanguage.PATH, "Cookie", cookie, "Accept-Language", acceptLanguage);
        assertThat(module.statusCode()).isEqualTo(200);
        return module.body();
    }

    private PageClient signedIn(String username) throws Exception {
        PageClient client = new PageClient(port);
        assertThat(client.signIn(username, "demo").statusCode()).isEqualTo(302);
        return client;
    }
}
