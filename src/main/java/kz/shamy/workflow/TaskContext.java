package kz.shamy.workflow;

import java.util.Map;
import java.util.Optional;

/**
 * What a task is about, told by the feature whose process the task belongs to, for Shamy's task page: a review
 * task shows what is reviewed (the plan or the report with every earlier round), a returned task comes back with
 * what was written before. A feature offers one as a Spring bean; the page asks each in turn.
 */
public interface TaskContext {

    /**
     * What this feature shows beside {@code task} for {@code reader}, who may see the task; empty when the task is
     * not one of this feature's.
     */
    Optional<View> describe(About task, String reader);

    /** The task asked about. */
    record About(String taskId, String processDefinitionKey, String taskDefinitionKey, String processInstanceId) {
    }

    /**
     * A Thymeleaf template whose fragment {@code context(m)} is rendered with {@code model} as {@code m}, and the
     * values the form's fields start with (a returned plan's text, say) where the engine holds none.
     */
    record View(String template, Map<String, Object> model, Map<String, Object> prefill) {

        public View {
            model = Map.copyOf(model);
            prefill = Map.copyOf(prefill);
        }
    }
}
