package kz.shamy.circle.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** A meeting of the circle: when it was held, who came, what was discussed. */
@Entity
public class CircleSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long circleId;
    private LocalDate heldOn;
    private String notes;
    /** Usernames of the teachers who attended. */
    @ElementCollection
    @CollectionTable(name = "circle_session_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "teacher_id")
    private Set<String> attendees = new TreeSet<>();

    protected CircleSession() {
    }

    CircleSession(Long circleId, LocalDate heldOn, Collection<String> attendees, String notes) {
        this.circleId = circleId;
        this.heldOn = heldOn;
        this.attendees.addAll(attendees);
        this.notes = notes;
    }

    public Long getId() {
        return id;
    }

    public Long getCircleId() {
        return circleId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getNotes() {
        return notes;
    }

    public Set<String> getAttendees() {
        return Set.copyOf(attendees);
    }
}
