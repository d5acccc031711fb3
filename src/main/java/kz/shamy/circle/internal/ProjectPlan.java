package kz.shamy.circle.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One round of a project's development plan, as the teacher submitted it. Rounds are never overwritten. */
@Entity
@Table(name = "development_plan")
public class ProjectPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private int round;
    @Column(name = "plan")
    private String text;
    private Instant submittedAt;

    protected ProjectPlan() {
    }

    public ProjectPlan(Long projectId, int round, String text, Instant submittedAt) {
        this.projectId = projectId;
        this.round = round;
        this.text = text;
        this.submittedAt = submittedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public int getRound() {
        return round;
    }

    public String getText() {
        return text;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
