package kz.shamy.workflow.engine;

import java.util.Map;
import kz.shamy.workflow.internal.SpringSecurityEngineAuthentication;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the Spring-authenticated user into the Camunda webapps (Tasklist, Cockpit, Admin) by the webapps' own
 * container-based filter, which lives in their internal package. It runs after Spring Security's chain (its order
 * is lower), so the user is known by then.
 */
@Configuration(proxyBeanMethods = false)
class WebappsAuthenticationConfiguration {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsAuthentication() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(
                Map.of("authentication-provider", SpringSecurityEngineAuthentication.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        return registration;
    }
}
