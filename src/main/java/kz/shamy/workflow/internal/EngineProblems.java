package kz.shamy.workflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ClassLoadingException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ParamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the engine REST API and the webapps' engine API answer when a request fails: an RFC 9457 problem
 * detail ({@code application/problem+json}) whose status says whose mistake it was. A client's mistake is a
 * 4xx naming no engine class and no log code (the engine's own answers name both, and answered many client
 * mistakes with 500); only what is left is a 500, with a detail that says nothing of the server and a log
 * line that says everything. The {@code message} member repeats the detail for clients of Camunda's own
 * error format (Tasklist and Cockpit show it).
 */
final class EngineProblems {

    static final String INVALID = "urn:shamy:problem:invalid-request";
    static final String NOT_FOUND = "urn:shamy:problem:not-found";
    static final String FORBIDDEN = "urn:shamy:problem:forbidden";
    static final String CHANGED = "urn:shamy:problem:changed-by-someone-else";
    static final String TOO_LARGE = "urn:shamy:problem:too-large";
    static final String INTERNAL = "urn:shamy:problem:internal-error";

    static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

    private static final Logger log = LoggerFactory.getLogger(EngineProblems.class);

    /** Engine and Spin log codes at the start of a message: "ENGINE-13036 ", "SPIN/JACKSON-JSON-01004 ". */
    private static final Pattern LOG_CODE = Pattern.compile("\\b[A-Z]+(?:[/-][A-Z]+)*-\\d{5}\\s*");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][\\w$]*)");
    private static final Pattern THROWABLE_NAME = Pattern.compile("\\b\\w*(?:Exception|Error)\\b:?\\s*");
    private static final int MAX_DETAIL = 600;

    /**
     * Engine exceptions the engine throws as a plain ProcessEngineException for what is the client's mistake,
     * known by their log code (stable across 7.x releases). Each maps to a status.
     */
    private static final Map<String, Integer> CLIENT_MISTAKES = Map.ofEntries(
            // a variable value the serializers refuse: Java serialization is off, unknown data formats
            Map.entry("ENGINE-17007", 400), Map.entry("ENGINE-17008", 400), Map.entry("ENGINE-17009", 400),
            Map.entry("ENGINE-17010", 400), Map.entry("ENGINE-17011", 400), Map.entry("ENGINE-17012", 400),
            Map.entry("ENGINE-17013", 400), Map.entry("ENGINE-17014", 400),
            // a resource that does not parse: BPMN, DMN
            Map.entry("ENGINE-09003", 400), Map.entry("ENGINE-09005", 400), Map.entry("ENGINE-22004", 400),
            // an unknown authorization type
            Map.entry("ENGINE-03025", 400),
            // a conditional start with no matching subscription; a modification of an unknown instance
            Map.entry("ENGINE-13043", 400), Map.entry("ENGINE-13036", 404),
            // job retries: no job named, negative, unknown job
            Map.entry("ENGINE-13050", 400), Map.entry("ENGINE-13054", 400), Map.entry("ENGINE-13053", 404));

    /**
     * The engine's argument checks (EnsureUtil) throw a plain exception whose message ends in one of these;
     * a "does not exist" is 404, the rest are a value the client sent or left out.
     */
    private static final Pattern MISSING = Pattern.compile("doesn't exist|does not exist|Cannot find (?!serializer)|not found|"
            + "no resource found|No matching|No job found");
    private static final Pattern BAD_ARGUMENT = Pattern.compile("is null$|is empty$|is not greater than|"
            + "is not less than|is not a valid|Cannot find serializer for value|must be a non-negative|"
            + "You must specify");

    private EngineProblems() {
    }

    /** The problem detail for {@code thrown}, found anywhere in what the engine wrapped it in. */
    static Response of(Throwable thrown) {
        Optional<Throwable> rejection = ShamyRejections.rejection(thrown);
        if (rejection.isPresent()) {
            log.info("Refused with 400: {}", rejection.get().getMessage());
            return problem(400, INVALID, "Invalid request", rejection.get().getMessage());
        }
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            Response answer = known(cause);
            if (answer != null) {
                return answer;
            }
        }
        log.error("Engine request failed", thrown);
        return problem(500, INTERNAL, "Internal error", "the request could not be carried out; it is logged");
    }

    private static Response known(Throwable cause) {
        if (cause instanceof AuthorizationException) {
            return problem(403, FORBIDDEN, "Forbidden", cause.getMessage());
        }
        if (cause instanceof OptimisticLockingException || cause instanceof TaskAlreadyClaimedException
                || cause instanceof SuspendedEntityInteractionException) {
            return changed(cause.getMessage());
        }
        if (cause instanceof NotFoundException) {
            return notFound(cause.getMessage());
        }
        if (cause instanceof BadUserRequestException || cause instanceof ParseException
                || cause instanceof ClassLoadingException || cause instanceof MigrationPlanValidationException
                || cause instanceof MigratingProcessInstanceValidationException) {
            return invalid(cause.getMessage());
        }
        if (cause instanceof JsonProcessingException json) {
            return invalid("the body is not the JSON expected: " + json.getOriginalMessage());
        }
        if (cause instanceof ParamException.PathParamException) {
            return notFound("no such resource");
        }
        if (cause instanceof ParamException param) {
            return invalid("parameter " + param.getParameterName() + " has a value that cannot be read");
        }
        if (cause instanceof RestException rest && rest.getStatus() != null && rest.getStatus().getStatusCode() < 500) {
            int status = rest.getStatus().getStatusCode();
            return problem(status, typeOf(status), Response.Status.fromStatusCode(status).getReasonPhrase(),
                    rest.getMessage());
        }
        if (cause instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return problem(status, typeOf(status), web.getResponse().getStatusInfo().getReasonPhrase(),
                    web.getMessage());
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage();
        if (cause instanceof ProcessEngineException || cause instanceof RestException) {
            Integer status = CLIENT_MISTAKES.get(LOG_CODE.matcher(message).lookingAt()
                    ? message.substring(0, Math.min(12, message.length())) : "");
            if (status != null) {
                return problem(status, typeOf(status), status == 404 ? "Not found" : "Invalid request", message);
            }
            if (message.contains("Element '")) {
                return invalid(message);
            }
            if (MISSING.matcher(message).find()) {
                return notFound(message);
            }
            if (BAD_ARGUMENT.matcher(message).find()) {
                return invalid(message);
            }
        }
        if ((cause instanceof NullPointerException || cause instanceof IllegalArgumentException)
                && thrownReadingTheRequest(cause)) {
            return invalid("the request leaves out or mistypes a value it needs");
        }
        return null;
    }

    /** The REST layer failing on what the client left out of its request objects: the client's mistake. */
    private static boolean thrownReadingTheRequest(Throwable cause) {
        StackTraceElement[] stack = cause.getStackTrace();
        for (int i = 0; i < Math.min(stack.length, 4); i++) {
            if (stack[i].getClassName().startsWith("org.camunda.bpm.engine.rest.")
                    || stack[i].getClassName().startsWith("org.camunda.bpm.engine.variable.")) {
                return true;
            }
        }
        return false;
    }

    static Response invalid(String detail) {
        return problem(400, INVALID, "Invalid request", detail);
    }

    static Response notFound(String detail) {
        return problem(404, NOT_FOUND, "Not found", detail);
    }

    static Response changed(String detail) {
        return problem(409, CHANGED, "Changed by someone else", detail);
    }

    private static String typeOf(int status) {
        return switch (status) {
            case 400 -> INVALID;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 409 -> CHANGED;
            case 413 -> TOO_LARGE;
            default -> "about:blank";
        };
    }

    static Response problem(int status, String type, String title, String detail) {
        String text = readable(detail);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", text);
        body.put("message", text);
        return Response.status(status).type(PROBLEM).entity(body).build();
    }

    /** The engine's message without what only a developer of the engine could read. */
    static String readable(String message) {
        if (message == null || message.isBlank()) {
            return "the request cannot be carried out as sent";
        }
        String text = LOG_CODE.matcher(message).replaceAll("");
        text = QUALIFIED_NAME.matcher(text).replaceAll("$1");
        text = THROWABLE_NAME.matcher(text).replaceAll("");
        text = text.replace("\r", " ").replace("\n", " ").strip();
        return text.length() > MAX_DETAIL ? text.substring(0, MAX_DETAIL) + "…" : text;
    }
}
