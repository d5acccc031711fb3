package kz.shamy.workflow.internal;

import kz.shamy.workflow.engine.EngineSettings;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist offers "Start process" and "Create task" only to those who may use them. {@link EngineApiGuard} lets
 * only administrators start a process or create a task through the engine API; everyone else works through the
 * tasks the processes give them, so for them Tasklist's page names both actions in Camunda's plugin exclusion
 * ({@code cam-exclude-plugins} on its {@code <base>}): the buttons and the start-process shortcut are never there.
 */
class TasklistOffers extends OncePerRequestFilter {

    /** Tasklist's two navbar actions: the app's own start dialog and the standalone-task plugin's. */
    static final String EXCLUDED = "tasklist.navbar.action:start-process-action,tasklist.navbar.action:create-task-action";

    /** Tasklist's page, as Camunda's ProcessEnginesFilter serves it: {@code …/app/tasklist/{engine}/}. */
    private static final Pattern TASKLIST_PAGE = Pattern.compile(".*/app/tasklist/[\\w-]+/(index\\.html)?");

    private static final String BASE = "<base ";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod())
                || !TASKLIST_PAGE.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches()
                || isAdministrator(SecurityContextHolder.getContext().getAuthentication());
    }

    private static boolean isAdministrator(Authentication user) {
        return user != null && SpringSecurityEngineAuthentication.groupsOf(user).contains(EngineSettings.ADMIN_GROUP);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CapturedPage page = new CapturedPage(response);
        chain.doFilter(request, page);
        String html = page.text();
        if (html.isEmpty()) {
            // a redirect or an error page: nothing of Tasklist's to complete
            return;
        }
        boolean isPage = response.getContentType() != null && response.getContentType().startsWith("text/html");
        if (isPage && html.contains(BASE)) {
            html = html.replaceFirst(Pattern.quote(BASE), BASE + "cam-exclude-plugins=\"" + EXCLUDED + "\" ");
        }
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Holds what Tasklist's page writes, so its {@code <base>} can be completed before it is sent. */
    private static final class CapturedPage extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

        CapturedPage(HttpServletResponse response) {
            super(response);
        }

        String text() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        bytes.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("Tasklist's page is written synchronously");
                    }
                };
            }
            return stream;
        }

        // the length changes with the attribute: the real one is set when the page is sent
        @Override
        public void setContentLength(int length) {
        }

        @Override
        public void setContentLengthLong(long length) {
        }

        @Override
        public void flushBuffer() {
        }
    }
}
