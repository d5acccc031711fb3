package kz.shamy.circle.internal;

import kz.shamy.circle.Circle;
import kz.shamy.circle.CircleStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A school's professional learning circle for one academic year, run by one facilitator. */
@Entity(name = "Circle")
/** A stored circle: the row behind {@link Circle}, which is what other features see. */
public class CircleEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long schoolId;
    /** The facilitator's username. */
    private String facilitatorId;
    /** Like "2026-2027". */
    private String academicYear;
    @Enumerated(EnumType.STRING)
    private CircleStatus status;
    /** The circle-cycle process instance that runs this circle's year. */
    private String processInstanceId;
    private Instant startedAt;
    private Instant closedAt;

    protected CircleEntry() {
    }

    public CircleEntry(Long schoolId, String facilitatorId, String academicYear, Instant startedAt) {
        this.schoolId = schoolId;
        this.facilitatorId = facilitatorId;
        this.academicYear = academicYear;
        this.status = CircleStatus.OPEN;
        this.startedAt = startedAt;
    }

    public void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void close(Instant at) {
        this.status = CircleStatus.CLOSED;
        this.closedAt = at;
    }

    public boolean isOpen() {
        return status == CircleStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getFacilitatorId() {
        return facilitatorId;
    }

    public String getAcademicYear() {
        return academicYear;
    }

    public CircleStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Circle view() {
        return new Circle(id, schoolId, facilitatorId, academicYear, status, processInstanceId, startedAt, closedAt);
    }
}
