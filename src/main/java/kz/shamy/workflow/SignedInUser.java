package kz.shamy.workflow;

import java.util.Optional;
import kz.shamy.workflow.engine.EngineCallers;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who is signed in while a task listener runs: the person acting on the task, or no one for the engine's own work. */
public final class SignedInUser {

    private SignedInUser() {
    }

    /** The signed-in user's id; empty for timers, jobs and Shamy's own calls. */
    public static Optional<String> of(DelegateTask task) {
        return EngineCallers.current(task.getProcessEngineServices().getIdentityService())
                .map(EngineCallers.Caller::userId);
    }
}
