package kz.shamy.certification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One criterion's score given by one assessor in one scoring of a case. */
@Entity
public class RubricScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long caseId;
    private String assessor;
    @Enumerated(EnumType.STRING)
    private AssessorRole role;
    @Enumerated(EnumType.STRING)
    private Criterion criterion;
    private int score;
    private String comment;
    private Instant scoredAt;

    protected RubricScore() {
    }

    RubricScore(Long caseId, String assessor, AssessorRole role, Criterion criterion, int score, String comment,
            Instant scoredAt) {
        this.caseId = caseId;
        this.assessor = assessor;
        this.role = role;
        this.criterion = criterion;
        this.score = score;
        this.comment = comment;
        this.scoredAt = scoredAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getAssessor() {
        return assessor;
    }

    public AssessorRole getRole() {
        return role;
    }

    public Criterion getCriterion() {
        return criterion;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    public Instant getScoredAt() {
        return scoredAt;
    }
}
