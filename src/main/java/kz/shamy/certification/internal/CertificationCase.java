package kz.shamy.certification.internal;

import kz.shamy.certification.Portfolio;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** One teacher's request for certification, from the portfolio's facts to the outcome. */
@Entity
public class CertificationCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String teacher;
    private String facilitator;
    private Long circleId;
    private Long projectId;
    @Column(precision = 5, scale = 2)
    private BigDecimal attendanceRatio;
    private Integer stagesCompleted;
    private Boolean reportApproved;
    private Boolean posterPresented;
    private Boolean eligible;
    private String missing;
    @Enumerated(EnumType.STRING)
    private CaseStatus status;
    private String endorsedBy;
    private Instant endorsedAt;
    private String endorsementNote;
    private int revisionRound;
    private String revisionNote;
    private String processInstanceId;
    private Instant createdAt;

    protected CertificationCase() {
    }

    CertificationCase(String teacher, String facilitator, Long circleId, Long projectId, String processInstanceId,
            Instant createdAt) {
        this.teacher = teacher;
        this.facilitator = facilitator;
        this.circleId = circleId;
        this.projectId = projectId;
        this.processInstanceId = processInstanceId;
        this.createdAt = createdAt;
        this.status = CaseStatus.OPENED;
    }

    void portfolioGathered(Portfolio portfolio) {
        this.attendanceRatio = BigDecimal.valueOf(portfolio.attendanceRatio()).setScale(2, RoundingMode.HALF_UP);
        this.stagesCompleted = portfolio.stagesCompleted();
        this.reportApproved = portfolio.reportApproved();
        this.posterPresented = portfolio.posterPresented();
        this.status = CaseStatus.PORTFOLIO_GATHERED;
    }

    void eligibilityDecided(boolean eligible, String missing) {
        this.eligible = eligible;
        this.missing = missing;
        this.status = eligible ? CaseStatus.ELIGIBLE : CaseStatus.NOT_ELIGIBLE;
    }

    void endorsed(String facilitator, Instant at) {
        this.endorsedBy = facilitator;
        this.endorsedAt = at;
        this.status = CaseStatus.ENDORSED;
    }

    void notEndorsed(String reason) {
        this.endorsementNote = reason;
        this.status = CaseStatus.NOT_ENDORSED;
    }

    void revised(String note) {
        this.revisionRound++;
        this.revisionNote = note;
        this.status = CaseStatus.REVISED;
    }

    void movedTo(CaseStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public String getTeacher() {
        return teacher;
    }

    public String getFacilitator() {
        return facilitator;
    }

    public Long getCircleId() {
        return circleId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public BigDecimal getAttendanceRatio() {
        return attendanceRatio;
    }

    public Integer getStagesCompleted() {
        return stagesCompleted;
    }

    public Boolean getReportApproved() {
        return reportApproved;
    }

    public Boolean getPosterPresented() {
        return posterPresented;
    }

    public Boolean getEligible() {
        return eligible;
    }

    public String getMissing() {
        return missing;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getEndorsedBy() {
        return endorsedBy;
    }

    public Instant getEndorsedAt() {
        return endorsedAt;
    }

    public String getEndorsementNote() {
        return endorsementNote;
    }

    public int getRevisionRound() {
        return revisionRound;
    }

    public String getRevisionNote() {
        return revisionNote;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
