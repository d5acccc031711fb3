package kz.shamy.circle.internal;

import static kz.shamy.circle.internal.CircleCycleVariables.POSTERS_READY;

import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network event is where a circle's teachers present their posters, so its cycle waits at
 * Wait_PostersReady until every teacher of the circle has prepared one; then this sends PostersReady
 * and RecordNetworkEvent opens for the facilitator.
 */
@Component
public class NetworkEventReadiness {

    private final CircleRepository circles;
    private final CircleMembershipRepository memberships;
    private final DevelopmentProjectRepository projects;
    private final RuntimeService runtime;

    NetworkEventReadiness(CircleRepository circles, CircleMembershipRepository memberships,
            DevelopmentProjectRepository projects, RuntimeService runtime) {
        this.circles = circles;
        this.memberships = memberships;
        this.projects = projects;
        this.runtime = runtime;
    }

    /**
     * A teacher's poster was recorded. The circle's row is locked first: two teachers finishing their posters
     * at the same moment would otherwise each miss the other's poster, and the event would never open.
     */
    @Transactional
    void posterRecorded(Long circleId) {
        CircleEntry circle = circleId == null ? null : circles.lockById(circleId).orElse(null);
        if (circle == null || !circle.isOpen() || circle.getProcessInstanceId() == null) {
            return; // a project started outside a circle's cycle
        }
        Set<String> withPoster = projects.withPosterByTeacher(circleId).keySet();
        boolean ready = memberships.findByCircleIdOrderByTeacherId(circleId).stream()
                .allMatch(membership -> withPoster.contains(membership.getTeacherId()));
        if (ready) {
            // no-op when the cycle is no longer waiting for it
            runtime.createMessageCorrelation(POSTERS_READY).processInstanceId(circle.getProcessInstanceId())
                    .correlateAll();
        }
    }
}
