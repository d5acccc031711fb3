package kz.shamy.workflow.internal;

import kz.shamy.workflow.engine.JavaSerializationProhibited;
import kz.shamy.workflow.ProcessStartRejected;
import kz.shamy.workflow.TaskInputRejected;
import java.util.Optional;

/**
 * Finds a Shamy rejection ({@link TaskInputRejected}, {@link ProcessStartRejected}, {@link DeploymentRejected},
 * {@link ObjectVariableRefused}, or the engine's refusal of a Java-serialized variable) inside whatever the engine
 * wrapped it in — it wraps every exception a listener throws — so that it is answered 400 with its own message
 * ({@link EngineProblems}) and not logged as a server error.
 */
final class ShamyRejections {

    private ShamyRejections() {
    }

    static boolean isRejection(Throwable thrown) {
        return rejection(thrown).isPresent();
    }

    static Optional<Throwable> rejection(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof TaskInputRejected || cause instanceof ProcessStartRejected
                    || cause instanceof DeploymentRejected || cause instanceof ObjectVariableRefused) {
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
