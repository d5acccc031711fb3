package kz.shamy.workflow.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.web.util.UriUtils;

/**
 * One call of the engine's REST resources, whichever of its two doors it came in by: {@code /engine-rest/…}
 * (optionally {@code /engine-rest/engine/{name}/…}) or the webapps' {@code /camunda/api/engine/engine/{name}/…},
 * as the resource path's segments ({@code ["task", "42", "complete"]}) and the method.
 */
record EngineApiCall(String method, List<String> segments) {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    /** The call, or {@code null} when the request is not for an engine resource. */
    static EngineApiCall of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String rest;
        if (path.startsWith("/engine-rest/")) {
            rest = path.substring("/engine-rest/".length());
            if (rest.startsWith("engine/")) {
                rest = afterEngineName(rest);
            }
        } else if (path.startsWith("/camunda/api/engine/engine/")) {
            rest = afterEngineName(path.substring("/camunda/api/engine/".length()));
        } else {
            return null;
        }
        if (rest == null) {
            return null;
        }
        // decoded as Jersey decodes them before matching its resources: "%64eployment" is "deployment"
        List<String> segments = List.of(rest.split("/")).stream().filter(s -> !s.isEmpty())
                .map(EngineApiCall::decoded).toList();
        return new EngineApiCall(request.getMethod().toUpperCase(), segments);
    }

    private static String decoded(String segment) {
        try {
            return UriUtils.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            // Tomcat refuses such a path before it gets here; kept as sent, it names no resource
            return segment;
        }
    }

    /** {@code engine/default/task/1} → {@code task/1}; {@code engine} or {@code engine/default} → {@code ""}. */
    private static String afterEngineName(String path) {
        String[] parts = path.split("/", 3);
        return parts.length < 3 ? "" : parts[2];
    }

    boolean isRead() {
        return READS.contains(method);
    }

    boolean isPost() {
        return method.equals("POST");
    }

    String segment(int index) {
        return index < segments.size() ? segments.get(index) : "";
    }

    int length() {
        return segments.size();
    }

    /** The resource: {@code task}, {@code job}, {@code history}, …; empty for the engine's root. */
    String resource() {
        return segment(0);
    }
}
