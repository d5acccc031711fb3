package kz.shamy.workflow.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the Spring-authenticated user into the engine for the engine REST API (the webapps' filter is the engine
 * adapter's {@code WebappsAuthentication}), and guards both. These filters run after Spring Security's chain (their
 * order is lower), so the user is known by then.
 */
@Configuration
class EngineWebConfiguration {

    static final String PROVIDER = SpringSecurityEngineAuthentication.class.getName();

    /** Who may call which engine resource, and completions with their form's fields only, at both doors. */
    @Bean
    FilterRegistrationBean<EngineApiGuard> engineApiGuard(DeployedTaskForms forms, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new EngineApiGuard(forms, json));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        return registration;
    }

    /**
     * Tasklist's page without the actions only administrators may take; after Spring Security (which knows the
     * user) and before Camunda's filter that writes the page.
     */
    @Bean
    FilterRegistrationBean<TasklistOffers> tasklistOffers() {
        var registration = new FilterRegistrationBean<>(new TasklistOffers());
        registration.addUrlPatterns("/camunda/app/tasklist/*");
        registration.setOrder(0);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(ProcessEngine engine) {
        var registration = new FilterRegistrationBean<ProcessEngineAuthenticationFilter>(
                new EngineRestAuthentication(engine));
        registration.setInitParameters(Map.of("authentication-provider", PROVIDER));
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }
}
