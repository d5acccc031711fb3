package kz.shamy.workflow;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a Shamy rejection ({@link TaskInputRejected}, {@link ProcessStartRejected},
 * {@link ObjectVariableRefused}, or the engine's refusal of a Java-serialized variable) inside whatever the
 * engine wrapped it in — it wraps every exception a task listener throws — and answers it as the engine
 * REST API answers its own bad requests: 400 with {@code {type, message}}.
 */
final class ShamyRejections {

    private ShamyRejections() {
    }

    private static final Logger log = LoggerFactory.getLogger(ShamyRejections.class);

    static Optional<Response> asBadRequest(Throwable thrown) {
        return rejection(thrown).map(cause -> {
            log.info("Refused with 400: {}", cause.getMessage());
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", cause.getClass().getSimpleName(), "message", cause.getMessage())).build();
        });
    }

    static boolean isRejection(Throwable thrown) {
        return rejection(thrown).isPresent();
    }

    private static Optional<Throwable> rejection(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskInputRejected || cause instanceof ProcessStartRejected
                    || cause instanceof ObjectVariableRefused) {
                return Optional.of(cause);
            }
            if (JavaSerializationProhibited.is(cause)) {
                return Optional.of(ObjectVariableRefused.javaSerialized());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
