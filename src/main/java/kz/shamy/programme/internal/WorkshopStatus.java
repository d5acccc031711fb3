package kz.shamy.programme.internal;

/** Where an induction workshop stands. */
public enum WorkshopStatus {
    /** Recorded, invitations not yet sent. */
    PLANNED,
    /** Invitations sent; invitees are answering. */
    INVITED,
    /** Attendance of both days recorded; attendees may give feedback. */
    HELD,
    /** Closed: who attended both days is eligible for circles. */
    CLOSED
}
