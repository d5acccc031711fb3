package kz.shamy.workflow.internal;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * The webapps' engine API ({@code /camunda/api/engine}, which Tasklist and Cockpit call) is a second Jersey
 * application with Camunda's exception handlers; this gives it the same problem details and request checks as
 * the engine REST API. Camunda's initializer registers its servlet ("Engine Api"); the providers are added to
 * it once every initializer has run, before Jersey starts.
 */
@Component
class WebappEngineApi implements ServletContextInitializer {

    static final String SERVLET = "Engine Api";

    @Override
    public void onStartup(jakarta.servlet.ServletContext servletContext) {
        // a listener added here may not look up registrations through its event's context: use this one
        servletContext.addListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                ServletRegistration api = servletContext.getServletRegistration(SERVLET);
                if (api == null) {
                    throw new IllegalStateException("the Camunda webapps registered no servlet '" + SERVLET + "'");
                }
                api.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES, EngineProblemMappers.ALL.stream()
                        .map(Class::getName).collect(Collectors.joining(",")));
            }
        });
    }
}
