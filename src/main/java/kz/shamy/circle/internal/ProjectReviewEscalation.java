package kz.shamy.circle.internal;

import kz.shamy.circle.ProjectStage;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A review that waited longer than it should; the facilitator and the admins were told. */
@Entity
@Table(name = "review_escalation")
public class ProjectReviewEscalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    @Enumerated(EnumType.STRING)
    private ProjectStage stage;
    private Instant escalatedAt;

    protected ProjectReviewEscalation() {
    }

    public ProjectReviewEscalation(Long projectId, ProjectStage stage, Instant escalatedAt) {
        this.projectId = projectId;
        this.stage = stage;
        this.escalatedAt = escalatedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }
}
