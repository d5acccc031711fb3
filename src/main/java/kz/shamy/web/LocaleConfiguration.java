package kz.shamy.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Pages speak Kazakh, Russian or English: from ?lang=, then a cookie, then the browser, Kazakh by default. */
@Configuration
class LocaleConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"),
            Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("shamy-lang");
        resolver.setDefaultLocaleFunction(request -> {
            Locale asked = request.getLocale();
            return SUPPORTED.stream().filter(l -> l.getLanguage().equals(asked.getLanguage())).findFirst()
                    .orElse(SUPPORTED.get(0));
        });
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
