package kz.shamy.web.internal;

import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Camunda webapps speak the reader's language, chosen as for Shamy's pages ({@link LocaleConfiguration}: the
 * {@code shamy-lang} cookie, then the browser, Kazakh by default). Each webapp's {@code scripts/config.js}
 * (Shamy's, under {@code META-INF/resources/webjars/camunda/app/}) imports this module and offers that one locale,
 * whose file ({@code locales/kk.json}, {@code ru.json}) Shamy ships beside Camunda's.
 */
@Controller
public class WebappLanguage {

    public static final String PATH = "/camunda/app/shamy-language.js";

    @GetMapping(PATH)
    ResponseEntity<String> language(Locale locale) {
        // the resolver answers one of Shamy's three languages only, so the value is a two-letter code
        return ResponseEntity.ok().header("Content-Type", "text/javascript;charset=UTF-8")
                .cacheControl(CacheControl.noStore())
                .body("export default '" + locale.getLanguage() + "';\n");
    }
}
