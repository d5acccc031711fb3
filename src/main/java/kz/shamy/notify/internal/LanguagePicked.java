package kz.shamy.notify.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A signed-in person who picks a language on Shamy's pages ({@code ?lang=}, which also sets the
 * {@code shamy-lang} cookie) gets their mail and calendar in it from then on.
 */
@Configuration
class LanguagePicked implements WebMvcConfigurer, HandlerInterceptor {

    private final NotificationPreferences preferences;

    LanguagePicked(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/calendar/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String picked = request.getParameter("lang");
        Principal who = request.getUserPrincipal();
        if (picked != null && who != null && "GET".equals(request.getMethod())) {
            String language = picked.length() >= 2 ? picked.substring(0, 2).toLowerCase(Locale.ROOT) : picked;
            if (picked.length() == 2 || picked.length() == 5 && "-_".indexOf(picked.charAt(2)) >= 0) {
                preferences.pickedLanguage(who.getName(), language);
            }
        }
        return true;
    }
}
