package kz.shamy.workflow.internal;

import kz.shamy.shared.CachedBodyRequest;

import kz.shamy.workflow.engine.EngineSettings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Authorization;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine REST API as Shamy's people may use it, at both its doors ({@link EngineApiCall}), before the engine's
 * own authorization checks:
 * <ul>
 * <li>the engine's machinery (jobs, job definitions, incidents, batches, deployments, tenants, authorizations,
 *     external tasks, messages, signals, conditions, executions, migration, modification, metrics) is for
 *     administrators only — the engine itself checks nothing on jobs that belong to no process, such as history
 *     cleanup;</li>
 * <li>everyone else changes nothing but their work: reads, the queries Tasklist sends by POST, and claiming,
 *     completing, submitting, resolving, delegating and reassigning a task (the engine and
 *     {@link kz.shamy.workflow.engine.AssignmentRule}
 *     check whose); no variable is written but through a task's form;</li>
 * <li>a task is completed (complete, submit-form, resolve) with its form's input fields only, of their declared
 *     type and within their limits ({@link FormSubmission}) — administrators included;</li>
 * <li>no one creates a revoke authorization (the Admin webapp's "deny"): the engine does not look for them
 *     ({@code camunda.bpm.authorization.authorization-check-revokes: never} in application.yml), so one would deny nothing.</li>
 * </ul>
 * A refusal is a problem detail: 403 naming the rule, or 400 naming the field; nothing reaches the engine.
 */
class EngineApiGuard extends OncePerRequestFilter {

    /** Bodies above this are refused before they are read (a 100,000-character report is about 0.3 MB). */
    static final int MAX_COMPLETION_BYTES = 4 * 1024 * 1024;

    static final Set<String> ADMIN_ONLY = Set.of("job", "job-definition", "incident", "batch", "deployment",
            "tenant", "authorization", "external-task", "message", "signal", "condition", "execution",
            "migration", "modification", "metrics", "schema", "telemetry", "event-subscription");

    private static final Set<String> ADMIN_ONLY_HISTORY = Set.of("job-log", "incident", "batch",
            "external-task-log", "cleanup", "identity-link-log");

    private static final Set<String> TASK_WORK = Set.of("claim", "unclaim", "complete", "submit-form", "resolve",
            "delegate", "assignee");

    private static final Set<String> COMPLETIONS = Set.of("complete", "submit-form", "resolve");

    private final DeployedTaskForms forms;
    private final ObjectMapper json;

    EngineApiGuard(DeployedTaskForms forms, ObjectMapper json) {
        this.forms = forms;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineApiCall call = EngineApiCall.of(request);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (call == null || user == null || !user.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        List<String> groups = SpringSecurityEngineAuthentication.groupsOf(user);
        if (!groups.contains(EngineSettings.ADMIN_GROUP)) {
            String refusal = refusal(call);
            if (refusal != null) {
                problem(request, response, HttpStatus.FORBIDDEN, EngineProblems.FORBIDDEN, "Not allowed", refusal, null);
                return;
            }
        }
        if (call.isPost() && call.resource().equals("task") && call.length() == 3
                && COMPLETIONS.contains(call.segment(2))) {
            checkCompletion(request, response, chain, call.segment(1), user.getName(), groups);
            return;
        }
        if (call.isPost() && call.resource().equals("authorization") && call.length() == 2
                && call.segment(1).equals("create")) {
            checkAuthorizationType(request, response, chain);
            return;
        }
        if (call.isPost() && call.resource().equals("task") && call.length() == 3 && call.segment(2).equals("claim")) {
            checkClaim(request, response, chain);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why a non-administrator may not make this call, or {@code null} when the engine decides. */
    static String refusal(EngineApiCall call) {
        String resource = call.resource();
        if (ADMIN_ONLY.contains(resource)) {
            boolean authorizationCheck = resource.equals("authorization") && call.segment(1).equals("check")
                    && call.isRead();
            return authorizationCheck ? null : "the engine's " + resource + " resources are for administrators";
        }
        if (resource.equals("history") && ADMIN_ONLY_HISTORY.contains(call.segment(1))) {
            return "the engine's " + call.segment(1) + " history is for administrators";
        }
        if (call.isRead() || isQuery(call) || isTaskWork(call) || isTaskDeletion(call)) {
            return null;
        }
        return "only administrators change the engine's " + (resource.isEmpty() ? "settings" : resource)
                + " this way; your work is done through your tasks";
    }

    /** Queries Tasklist and the API send by POST; they change nothing. */
    private static boolean isQuery(EngineApiCall call) {
        if (!call.isPost()) {
            return false;
        }
        String resource = call.resource();
        boolean countOrList = call.length() == 1 || (call.length() == 2 && call.segment(1).equals("count"));
        return switch (resource) {
            case "task", "process-instance", "variable-instance" -> countOrList;
            case "filter" -> call.length() == 3 && Set.of("list", "count", "singleResult").contains(call.segment(2));
            case "history" -> call.length() == 2 || (call.length() == 3 && call.segment(2).equals("count"));
            default -> false;
        };
    }

    private static boolean isTaskWork(EngineApiCall call) {
        if (!call.isPost() || !call.resource().equals("task")) {
            return false;
        }
        return (call.length() == 3 && TASK_WORK.contains(call.segment(2)))
                || (call.length() == 4 && call.segment(2).equals("comment") && call.segment(3).equals("create"));
    }

    /** Left to the engine and {@link TaskDeletionCheck}: 404 alike for an unknown task and another's. */
    private static boolean isTaskDeletion(EngineApiCall call) {
        return call.method().equals("DELETE") && call.resource().equals("task") && call.length() == 2;
    }

    /** The engine takes a claim without a {@code userId} as an unclaim; a claim must say who claims. */
    private void checkClaim(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CachedBodyRequest cached = CachedBodyRequest.read(request, 64 * 1024);
        JsonNode userId = field(cached, "userId"); // a body that is not JSON is a claim naming no one
        if (userId == null || !userId.isTextual() || userId.asText().isBlank()) {
            problem(request, response, HttpStatus.BAD_REQUEST, EngineProblems.INVALID, "Not a claim",
                    "a claim names who claims the task: {\"userId\": \"…\"}; to give a task back, unclaim it", "userId");
            return;
        }
        chain.doFilter(cached, response);
    }

    /** Grants and global authorizations only: a revoke the engine never checks would look like a denial. */
    private void checkAuthorizationType(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CachedBodyRequest cached = CachedBodyRequest.read(request, 64 * 1024);
        JsonNode type = field(cached, "type"); // the engine answers a body that is not JSON
        if (cached == null || (type != null && !type.isNull() && !isGrantOrGlobal(type))) {
            problem(request, response, HttpStatus.BAD_REQUEST, EngineProblems.INVALID, "Not a grant",
                    "Shamy's engine checks grants only (type 0, global, or 1, grant): a revoke authorization (type 2)"
                            + " would deny nothing, so none is created; take the permission out of the grants"
                            + " instead", "type");
            return;
        }
        chain.doFilter(cached, response);
    }

    /** One top-level field of a small JSON body; null when there is no body, no such field or no JSON. */
    private JsonNode field(CachedBodyRequest cached, String name) {
        if (cached == null || cached.body().length == 0) {
            return null;
        }
        try {
            return json.readTree(cached.body()).get(name);
        } catch (IOException e) { // not JSON (a byte array has nothing else to fail on)
            return null;
        }
    }

    private static boolean isGrantOrGlobal(JsonNode type) {
        String text = type.asText().trim();
        return text.equals(String.valueOf(Authorization.AUTH_TYPE_GLOBAL))
                || text.equals(String.valueOf(Authorization.AUTH_TYPE_GRANT));
    }

    private void checkCompletion(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            String taskId, String userId, List<String> groups) throws IOException, ServletException {
        if (request.getContentType() == null || !request.getContentType().toLowerCase().contains("json")) {
            problem(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, EngineProblems.INVALID, "Not JSON",
                    "a task's form is sent as application/json", null);
            return;
        }
        CachedBodyRequest cached = request.getContentLengthLong() > MAX_COMPLETION_BYTES ? null
                : CachedBodyRequest.read(request, MAX_COMPLETION_BYTES);
        if (cached == null) {
            problem(request, response, HttpStatus.PAYLOAD_TOO_LARGE, EngineProblems.TOO_LARGE, "Too large",
                    "a task's form takes at most " + MAX_COMPLETION_BYTES / (1024 * 1024) + " MB", null);
            return;
        }
        DeclaredForm form = forms.taskForm(taskId).orElse(null);
        if (form == null) {
            chain.doFilter(cached, response); // no such task: the engine answers
            return;
        }
        // checked before the engine's authorization check (a query as the caller cost as much as the completion,
        // issue 13); only a refusal asks whether the caller may see the task, so it reveals nothing to anyone else
        try {
            JsonNode body = cached.body().length == 0 ? null : json.readTree(cached.body());
            FormSubmission.check(form, body == null ? null : body.get("variables"));
        } catch (JsonProcessingException e) {
            if (refusable(taskId, userId, groups, cached, response, chain)) {
                problem(request, response, HttpStatus.BAD_REQUEST, EngineProblems.INVALID, "Not a form submission",
                        "the body must be JSON: {\"variables\": {\"field\": {\"value\": …}}}", null);
            }
            return;
        } catch (FormFieldRefused e) {
            if (refusable(taskId, userId, groups, cached, response, chain)) {
                problem(request, response, HttpStatus.BAD_REQUEST, EngineProblems.INVALID, "Form field refused",
                        e.getMessage(), e.field());
            }
            return;
        }
        chain.doFilter(cached, response);
    }

    /**
     * Whether a refused submission may be answered as such: only to someone who may see the task. Anyone else gets
     * the engine's own answer, as for any other call on that task.
     */
    private boolean refusable(String taskId, String userId, List<String> groups, HttpServletRequest cached,
            HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (forms.visibleTo(taskId, userId, groups)) {
            return true;
        }
        chain.doFilter(cached, response);
        return false;
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String title, String detail, String field) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        // "message" as well: the engine REST API's own errors carry it, and Tasklist shows it
        problem.setProperty("message", detail);
        if (field != null) {
            problem.setProperty("field", field);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
