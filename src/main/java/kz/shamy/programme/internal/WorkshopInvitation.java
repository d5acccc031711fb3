package kz.shamy.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import kz.shamy.identity.Role;

/** One person invited to one workshop: their answer, attendance per day, feedback and eligibility. */
@Entity
public class WorkshopInvitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long workshopId;
    private String username;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private InvitationAnswer answer;
    private Instant answeredAt;
    @Column(name = "attended_day1")
    private boolean attendedDay1;
    @Column(name = "attended_day2")
    private boolean attendedDay2;
    private boolean eligibleForCircles;
    private Integer feedbackRating;
    private String feedbackText;

    protected WorkshopInvitation() {
    }

    public WorkshopInvitation(Long workshopId, String username, Role role) {
        this.workshopId = workshopId;
        this.username = username;
        this.role = role;
        this.answer = InvitationAnswer.PENDING;
    }

    public void answer(InvitationAnswer answer, Instant at) {
        this.answer = answer;
        this.answeredAt = at;
    }

    public void attended(int day, boolean present) {
        if (day == 1) {
            attendedDay1 = present;
        } else {
            attendedDay2 = present;
        }
    }

    void feedback(int rating, String text) {
        this.feedbackRating = rating;
        this.feedbackText = text;
    }

    /** Closing: only who was there on both days goes on to a circle. */
    public boolean close() {
        eligibleForCircles = attendedDay1 && attendedDay2;
        return eligibleForCircles;
    }

    boolean attendedAnyDay() {
        return attendedDay1 || attendedDay2;
    }

    public Long getId() {
        return id;
    }

    public Long getWorkshopId() {
        return workshopId;
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }

    public InvitationAnswer getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public boolean isAttendedDay1() {
        return attendedDay1;
    }

    public boolean isAttendedDay2() {
        return attendedDay2;
    }

    public boolean isEligibleForCircles() {
        return eligibleForCircles;
    }

    public Integer getFeedbackRating() {
        return feedbackRating;
    }

    public String getFeedbackText() {
        return feedbackText;
    }
}
