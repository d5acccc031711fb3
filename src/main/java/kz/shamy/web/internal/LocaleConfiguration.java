package kz.shamy.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shamy.shared.Languages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages speak Kazakh, Russian or English: from ?lang=, then a cookie, then the browser, Kazakh by default.
 * {@code ?lang=} and the cookie name one of the three, alone or with a region ({@code kk}, {@code ru-RU}); anything
 * else (another language, a malformed or forged value) is ignored and the reader keeps the language they had.
 */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = Languages.LOCALES;

    private static final Pattern LANGUAGE = Pattern.compile("([a-zA-Z]{2})(?:[-_][a-zA-Z]{2})?");

    /** The supported language {@code value} names, if it names one. */
    static Optional<Locale> supported(String value) {
        Matcher language = value == null ? null : LANGUAGE.matcher(value);
        if (language == null || !language.matches()) {
            return Optional.empty();
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(language.group(1))).findFirst();
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("shamy-lang") {
            @Override
            protected Locale parseLocaleValue(String value) {
                // null: the cookie is ignored and the default below decides
                return supported(value).orElse(null);
            }
        };
        // a cookie that cannot even be parsed (a time zone part, say) is ignored rather than a server error
        resolver.setRejectInvalidCookies(false);
        resolver.setDefaultLocaleFunction(request -> {
            Locale asked = request.getLocale();
            return SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst()
                    .orElse(SUPPORTED.get(0));
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                return supported(value).orElseThrow(() -> new IllegalArgumentException("not one of Shamy's languages"));
            }
        };
        interceptor.setParamName("lang");
        // what parseLocaleValue refuses leaves the reader's language as it was
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
