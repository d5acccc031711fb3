package kz.shamy.programme.internal;

import kz.shamy.programme.WorkshopPlan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** A two-day induction workshop in one region. Its invitations are {@link WorkshopInvitation} rows. */
@Entity
public class Workshop {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long programmeId;
    private Long regionId;
    private String venue;
    @Column(name = "day1")
    private LocalDate day1;
    @Column(name = "day2")
    private LocalDate day2;
    private LocalDate registrationDeadline;
    private String processInstanceId;
    @Enumerated(EnumType.STRING)
    private WorkshopStatus status;

    protected Workshop() {
    }

    public Workshop(WorkshopPlan plan) {
        this.programmeId = plan.programmeId();
        this.regionId = plan.regionId();
        this.venue = plan.venue().strip();
        this.day1 = plan.day1();
        this.day2 = plan.day2();
        this.registrationDeadline = plan.registrationDeadline();
        this.status = WorkshopStatus.PLANNED;
    }

    void runBy(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void moveTo(WorkshopStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public String getVenue() {
        return venue;
    }

    public LocalDate getDay1() {
        return day1;
    }

    public LocalDate getDay2() {
        return day2;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public WorkshopStatus getStatus() {
        return status;
    }
}
