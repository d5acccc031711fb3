package kz.shamy.circle.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * One teacher in one circle, and how their development project ended. Written as each called
 * development-work instance ends, because the parallel instances' output variables overwrite each other.
 */
@Entity
public class CircleMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long circleId;
    /** The teacher's username. */
    private String teacherId;
    private Long projectId;
    private boolean projectCompleted;
    /** When the teacher's development work ended (completed or not); null while it runs. */
    private Instant completedAt;

    protected CircleMembership() {
    }

    public CircleMembership(Long circleId, String teacherId) {
        this.circleId = circleId;
        this.teacherId = teacherId;
    }

    public void recordResult(Long projectId, boolean completed, Instant at) {
        this.projectId = projectId;
        this.projectCompleted = completed;
        this.completedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCircleId() {
        return circleId;
    }

    public String getTeacherId() {
        return teacherId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public boolean isProjectCompleted() {
        return projectCompleted;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
