package kz.shamy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shamy.ShamyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * For a slow rural connection: the stylesheet is named by its content and cached for a year, so a page costs its
 * HTML only after the first visit; pages and styles travel compressed. Real HTTP, so Tomcat's compression is in it.
 */
@ShamyIntegrationTest
class StaticAssetsIntegrationTests {

    private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/shamy-[0-9a-f]{32}\\.css)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theStylesheetIsNamedByItsContentCachedForAYearAndCompressed() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher stylesheet = STYLESHEET.matcher(page.body());
        assertThat(stylesheet.find()).as("a content-named stylesheet link in " + page.body()).isTrue();

        HttpResponse<byte[]> css = get(stylesheet.group(1));

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("max-age=31536000").contains("public").doesNotContain("no-store"));
        assertThat(css.headers().firstValue("Content-Encoding")).contains("gzip");
    }

    @Test
    void pagesTravelCompressedAndAreNotCached() throws Exception {
        HttpResponse<byte[]> page = get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(
                value -> assertThat(value).contains("no-store"));
    }
}
