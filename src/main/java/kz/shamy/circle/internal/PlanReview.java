package kz.shamy.circle.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** The facilitator's decision on one round of a development plan. */
@Entity
public class PlanReview {

    public enum Decision {
        APPROVED,
        RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long projectId;
    private int round;
    @Enumerated(EnumType.STRING)
    private Decision decision;
    private String comments;
    private String reviewer;
    private Instant reviewedAt;

    protected PlanReview() {
    }

    public PlanReview(Long projectId, int round, Decision decision, String comments, String reviewer, Instant reviewedAt) {
        this.projectId = projectId;
        this.round = round;
        this.decision = decision;
        this.comments = comments;
        this.reviewer = reviewer;
        this.reviewedAt = reviewedAt;
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

    public Decision getDecision() {
        return decision;
    }

    public String getComments() {
        return comments;
    }

    public String getReviewer() {
        return reviewer;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
