package kz.shamy.modeler.internal;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes a migration run into the modeler's audit beside the deployments: who moved which process from which
 * version to which, how many instances moved and how many stayed. In the run's own transaction, so a run that
 * fails to start leaves no entry.
 */
@Component
class MigrationAudit {

    static final String ACTION = "migrate";

    private final ModelAuditRepository audit;
    private final Clock clock;

    MigrationAudit(ModelAuditRepository audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(MigrationStarted run) {
        audit.save(new ModelAuditEntry(clock.instant(), run.actor(), ACTION, ModelKind.BPMN, run.key(), null, null,
                run.moving() > 0 ? "started" : "nothing to move",
                "from " + run.sourceDefinitionId() + " to " + run.targetDefinitionId() + ": " + run.moving()
                        + " moving, " + run.staying() + " staying"));
    }
}
